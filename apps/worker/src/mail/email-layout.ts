/** What the mail transport sends: every email in both parts. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Inline styles (email clients ignore style sheets) in the NHS.UK colours and type. */
export const EMAIL_STYLES = {
  lead: 'font-size:16px;color:#4c6272;margin:0 0 24px;',
  paragraph: 'font-size:19px;margin:0 0 16px;',
  small: 'font-size:14px;color:#4c6272;margin:0 0 8px;',
  cell: 'padding:12px 16px;border-bottom:1px solid #d8dde0;font-family:Arial,sans-serif;font-size:16px;color:#212b32;',
};

/** An NHS.UK green button, as a link (the only kind of button an email can have). */
export function emailButton(href: string, label: string): string {
  return `<p style="margin:0 0 24px;"><a href="${escapeHtml(href)}" style="display:inline-block;background:#007f3b;color:#ffffff;font-family:Arial,sans-serif;font-size:19px;font-weight:bold;text-decoration:none;padding:12px 16px;border-bottom:4px solid #00401e;">${escapeHtml(label)}</a></p>`;
}

/**
 * Every email's HTML part: NHS blue header with the NHS logo and the service name, Arial, a white
 * panel on the page background, tables and inline styles as email clients need. `body` is HTML whose
 * values the caller has escaped.
 */
export function nhsEmailHtml(subject: string, heading: string, body: string): string {
  return `<!DOCTYPE html>
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
<h1 style="font-size:26px;margin:0 0 8px;">${escapeHtml(heading)}</h1>
${body}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
}
