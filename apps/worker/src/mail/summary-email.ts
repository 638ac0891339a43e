import { TEAM_NAMES, type SummaryEmail } from '@staff-passport/core';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The weekly summary in both parts: plain text, and HTML with NHS branding (NHS blue header and
 * logo, Arial, inline styles and tables, as email clients need).
 */
export function renderSummaryEmail(email: SummaryEmail, portalUrl: string): RenderedEmail {
  const team = TEAM_NAMES[email.team];
  const link = new URL('/', portalUrl).toString();
  const { awaitingManualIssue, missingRequiredCredentials, total } = email.counts;
  const subject = `${team} team: ${total} outstanding ${total === 1 ? 'action' : 'actions'} (${email.organisation.name}, week ${email.isoWeek})`;
  const rows: [string, number][] = [
    ['Credentials waiting to be issued by hand', awaitingManualIssue],
    ['Required credentials that new starters and temporary movers are missing', missingRequiredCredentials],
  ];
  const note =
    email.kind === 'ON_DEMAND'
      ? 'You are receiving this summary because an administrator asked for it to be sent now. The weekly summary is sent as usual on Monday.'
      : 'This summary is sent every Monday at 8am.';

  const text = [
    `Digital Staff Passport: weekly summary for the ${team} team`,
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

  const cell = 'padding:12px 16px;border-bottom:1px solid #d8dde0;font-family:Arial,sans-serif;font-size:16px;color:#212b32;';
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f0f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f4f5;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;">
<tr><td style="background:#005eb8;padding:16px 24px;">
<span style="display:inline-block;background:#ffffff;color:#005eb8;font-family:Arial,sans-serif;font-weight:bold;font-size:22px;padding:2px 8px;letter-spacing:1px;">NHS</span>
<span style="color:#ffffff;font-family:Arial,sans-serif;font-size:18px;font-weight:bold;padding-left:12px;">Digital Staff Passport</span>
</td></tr>
<tr><td style="padding:24px;font-family:Arial,sans-serif;color:#212b32;">
<h1 style="font-size:26px;margin:0 0 8px;">Weekly summary for the ${escapeHtml(team)} team</h1>
<p style="font-size:16px;color:#4c6272;margin:0 0 24px;">${escapeHtml(email.organisation.name)} (${escapeHtml(email.organisation.odsCode)}), week ${escapeHtml(email.isoWeek)}</p>
<p style="font-size:19px;margin:0 0 16px;"><strong>${total}</strong> outstanding ${total === 1 ? 'action' : 'actions'}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-top:1px solid #d8dde0;margin-bottom:24px;">
${rows.map(([label, count]) => `<tr><td style="${cell}">${escapeHtml(label)}</td><td style="${cell}text-align:right;font-weight:bold;">${count}</td></tr>`).join('\n')}
</table>
<p style="margin:0 0 24px;"><a href="${escapeHtml(link)}" style="display:inline-block;background:#007f3b;color:#ffffff;font-family:Arial,sans-serif;font-size:19px;font-weight:bold;text-decoration:none;padding:12px 16px;border-bottom:4px solid #00401e;">Go to the Digital Staff Passport portal</a></p>
<p style="font-size:14px;color:#4c6272;margin:0 0 8px;">${escapeHtml(note)}</p>
<p style="font-size:14px;color:#4c6272;margin:0;">To change where this email goes, or to stop it, a Senior Portal Administrator can change the notification settings in System management.</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
  return { subject, html, text };
}
