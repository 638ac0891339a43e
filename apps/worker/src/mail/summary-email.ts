import { TEAM_NAMES, teamInSentence, type SummaryEmail } from '@staff-passport/core';
import { EMAIL_STYLES, emailButton, escapeHtml, nhsEmailHtml, type RenderedEmail } from './email-layout';

/**
 * The weekly summary in both parts: plain text, and HTML with NHS branding (NHS blue header and
 * logo, Arial, inline styles and tables, as email clients need).
 */
export function renderSummaryEmail(email: SummaryEmail, portalUrl: string): RenderedEmail {
  const team = TEAM_NAMES[email.team];
  const link = new URL('/', portalUrl).toString();
  const { awaitingManualIssue, missingRequiredCredentials, total } = email.counts;
  const subject = `${team}: ${total} outstanding ${total === 1 ? 'action' : 'actions'} (${email.organisation.name}, week ${email.isoWeek})`;
  const rows: [string, number][] = [
    ['Credentials waiting to be issued by hand', awaitingManualIssue],
    ['Required credentials that new starters and temporary movers are missing', missingRequiredCredentials],
  ];
  const note =
    email.kind === 'ON_DEMAND'
      ? 'You are receiving this summary because an administrator asked for it to be sent now. The weekly summary is sent as usual on Monday.'
      : 'This summary is sent every Monday at 8am.';

  const text = [
    `Digital Staff Passport: weekly summary for the ${teamInSentence(email.team)}`,
    `${email.organisation.name} (${email.organisation.odsCode}), week ${email.isoWeek}`,
    '',
    `Outstanding actions: ${total}`,
    ...rows.map(([label, count]) => `- ${label}: ${count}`),
    '',
    `Sign in to the portal to deal with them: ${link}`,
    '',
    note,
    'To change where this email goes, or to stop it, a Senior Portal Administrator can change the notification settings in System management.',
  ].join('\n');

  const { cell } = EMAIL_STYLES;
  const html = nhsEmailHtml(
    subject,
    `Weekly summary for the ${teamInSentence(email.team)}`,
    `<p style="${EMAIL_STYLES.lead}">${escapeHtml(email.organisation.name)} (${escapeHtml(email.organisation.odsCode)}), week ${escapeHtml(email.isoWeek)}</p>
<p style="${EMAIL_STYLES.paragraph}"><strong>${total}</strong> outstanding ${total === 1 ? 'action' : 'actions'}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #d8dde0;margin-bottom:24px;">
${rows.map(([label, count]) => `<tr><td style="${cell}">${escapeHtml(label)}</td><td style="${cell}text-align:right;font-weight:bold;">${count}</td></tr>`).join('\n')}
</table>
${emailButton(link, 'Go to the Digital Staff Passport portal')}
<p style="${EMAIL_STYLES.small}">${escapeHtml(note)}</p>
<p style="${EMAIL_STYLES.small}margin:0;">To change where this email goes, or to stop it, a Senior Portal Administrator can change the notification settings in System management.</p>`,
  );
  return { subject, html, text };
}
