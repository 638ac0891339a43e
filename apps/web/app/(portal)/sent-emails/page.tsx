import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { NOTIFICATIONS_PATH } from '@/lib/navigation';
import { listSentEmails, sentEmailsFolder } from '@/lib/sent-emails';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sent emails' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * Development only (`npm start` without a mail server): the summary emails the worker kept as .eml
 * files, newest first, as the teams would get them. Absent when MAIL_DIR is not set.
 */
export default async function SentEmailsPage() {
  const folder = sentEmailsFolder();
  if (!folder) notFound();
  const { emails, total } = await listSentEmails(folder);
  return (
    <PageShell>
      <h1>Sent emails</h1>
      <p>
        No mail server is set up, so the emails the service sends are kept on the server instead of being delivered. This page shows what teams would
        get{total > emails.length ? ` (the newest ${emails.length} of ${total})` : ''}.
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
              </dl>
              <pre style={{ whiteSpace: 'pre-wrap' }}>{email.text}</pre>
            </div>
          </details>
        ))
      )}
    </PageShell>
  );
}
