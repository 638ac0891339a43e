import Link from 'next/link';
import { NOTIFICATIONS_PATH } from '@/lib/navigation';
import type { SentEmail, SentEmailsAudience } from '@/lib/sent-emails';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

function whose(audience: SentEmailsAudience): string {
  switch (audience.kind) {
    case 'all':
      return 'every trust’s emails and the national ones';
    case 'trust':
      return `your trust’s emails only (${audience.odsCode})`;
    case 'none':
      return 'no emails: your account belongs to no trust';
  }
}

/** The Sent emails page's content: the emails kept as files that this person may see, newest first. */
export function SentEmailsList({ emails, total, audience }: { emails: SentEmail[]; total: number; audience: SentEmailsAudience }) {
  return (
    <>
      <h1>Sent emails</h1>
      <p>
        No mail server is set up, so the emails the service sends are kept on the server instead of being delivered. This page shows what people would
        get{total > emails.length ? ` (the newest ${emails.length} of ${total})` : ''}. You see {whose(audience)}.
      </p>
      {emails.length === 0 ? (
        <p>
          No emails yet. Weekly summaries go out on Mondays at 8am. A Senior Portal Administrator can also send a team&apos;s summary straight away from{' '}
          <Link href={NOTIFICATIONS_PATH}>Notification settings</Link>.
        </p>
      ) : (
        emails.map((email) => (
          <details className="nhsuk-details" key={email.file}>
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {email.subject} to {email.to}
                {email.date ? `, ${dateFormat.format(new Date(email.date))}` : ''}
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <dl className="nhsuk-summary-list">
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">From</dt>
                  <dd className="nhsuk-summary-list__value">{email.from}</dd>
                </div>
                {audience.kind === 'all' ? (
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Trust</dt>
                    <dd className="nhsuk-summary-list__value">{email.trust ?? 'None (a national email)'}</dd>
                  </div>
                ) : null}
              </dl>
              <pre style={{ whiteSpace: 'pre-wrap' }}>{email.text}</pre>
            </div>
          </details>
        ))
      )}
    </>
  );
}
