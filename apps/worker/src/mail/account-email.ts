import type { AccountEmail, PortalRole } from '@staff-passport/core';
import { EMAIL_STYLES, emailButton, escapeHtml, nhsEmailHtml, type RenderedEmail } from './email-layout';

const ROLE_NAMES: Record<PortalRole, string> = {
  NATIONAL_ADMINISTRATOR: 'National Administrator',
  SENIOR_PORTAL_ADMINISTRATOR: 'Senior Portal Administrator',
  PORTAL_ADMINISTRATOR: 'Portal Administrator',
};

const ROLE_ALLOWS: Record<PortalRole, string> = {
  NATIONAL_ADMINISTRATOR: 'registers trusts and can deactivate and reactivate them',
  SENIOR_PORTAL_ADMINISTRATOR: 'can view and change the trust’s settings and manages who uses the portal',
  PORTAL_ADMINISTRATOR: 'can view the trust’s settings but not change them',
};

/** Times in emails are UK times, whatever the server's clock zone. */
const ukTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

/** One paragraph of an email, written once for both parts. */
interface Paragraph {
  text: string;
  small?: boolean;
}

/**
 * The account emails (rule 7, docs/domain.md) in both parts, in the summaries' NHS.UK layout. Nothing
 * secret is in them except the single-use link of an invitation or a password reset.
 */
export function renderAccountEmail(email: AccountEmail, portalUrl: string): RenderedEmail {
  const by = email.details.by ?? 'An administrator';
  const where = email.trust ? `${email.trust.name} (${email.trust.odsCode})` : 'the Digital Staff Passport';
  const role = ROLE_NAMES[email.role];
  const linkUrl = email.link ? `${new URL(email.link.path, portalUrl).toString()}?token=${encodeURIComponent(email.link.token)}` : null;
  const until = email.link ? ukTime.format(email.link.expiresAt) : '';
  const signInUrl = new URL('/sign-in', portalUrl).toString();

  const content = ((): { subject: string; heading: string; paragraphs: Paragraph[]; button: [string, string] | null; after: Paragraph[] } => {
    switch (email.kind) {
      case 'INVITATION':
        return {
          subject: `You have been invited to the Digital Staff Passport portal${email.trust ? ` for ${email.trust.name}` : ''}`,
          heading: 'You have been invited to the Digital Staff Passport portal',
          paragraphs: [
            { text: `Hello ${email.recipientName},` },
            { text: `${by} has invited you to be a ${role} of ${where}. A ${role} ${ROLE_ALLOWS[email.role]}.` },
            { text: `You will sign in with your email address, ${email.to}. Accept the invitation to choose a password${email.role === 'PORTAL_ADMINISTRATOR' ? '' : ' and set up an authenticator app on your phone'}.` },
          ],
          button: [linkUrl!, 'Accept your invitation'],
          after: [
            { text: `This link works once, until ${until} (UK time). If it has expired, ask ${by} to send the invitation again.`, small: true },
            { text: 'If you were not expecting this invitation, you can ignore this email.', small: true },
          ],
        };
      case 'PASSWORD_RESET':
        return {
          subject: 'Reset your Digital Staff Passport password',
          heading: 'Reset your password',
          paragraphs: [
            { text: `Hello ${email.recipientName},` },
            { text: `Someone asked to reset the password of the Digital Staff Passport account for ${email.to}. If it was you, choose a new password.` },
          ],
          button: [linkUrl!, 'Choose a new password'],
          after: [
            { text: `This link works once, until ${until} (UK time). You will still need your authenticator app to sign in.`, small: true },
            { text: 'If you did not ask to reset your password, you can ignore this email: your password has not changed.', small: true },
          ],
        };
      case 'MFA_RESET':
        return {
          subject: 'Your Digital Staff Passport two-step verification has been reset',
          heading: 'Your two-step verification has been reset',
          paragraphs: [
            { text: `Hello ${email.recipientName},` },
            { text: `${by} has reset the two-step verification of your account for ${where}. Your recovery codes no longer work.` },
            { text: 'The next time you sign in, you will set up an authenticator app again and get new recovery codes.' },
          ],
          button: [signInUrl, 'Sign in'],
          after: [{ text: `If you did not expect this, contact ${by} or another Senior Portal Administrator of your trust.`, small: true }],
        };
      case 'ROLE_CHANGED':
        return {
          subject: `Your role in the Digital Staff Passport portal is now ${role}`,
          heading: 'Your role has changed',
          paragraphs: [
            { text: `Hello ${email.recipientName},` },
            {
              text: `${by} has changed your role for ${where}${email.details.previousRole ? ` from ${ROLE_NAMES[email.details.previousRole]}` : ''} to ${role}. A ${role} ${ROLE_ALLOWS[email.role]}.`,
            },
          ],
          button: [signInUrl, 'Sign in'],
          after: [{ text: `If you think this is a mistake, contact ${by}.`, small: true }],
        };
      case 'ACCOUNT_DEACTIVATED':
        return {
          subject: 'Your Digital Staff Passport account has been deactivated',
          heading: 'Your account has been deactivated',
          paragraphs: [
            { text: `Hello ${email.recipientName},` },
            { text: `${by} has deactivated your account for ${where}. You can no longer sign in to the Digital Staff Passport portal.` },
          ],
          button: null,
          after: [{ text: `If you think this is a mistake, contact ${by} or another Senior Portal Administrator of your trust.`, small: true }],
        };
      default: {
        const unknown: never = email.kind;
        throw new Error(`No account email for ${String(unknown)}`);
      }
    }
  })();

  const paragraphHtml = ({ text, small }: Paragraph) => `<p style="${small ? EMAIL_STYLES.small : EMAIL_STYLES.paragraph}">${escapeHtml(text)}</p>`;
  const html = nhsEmailHtml(
    content.subject,
    content.heading,
    [
      ...content.paragraphs.map(paragraphHtml),
      content.button ? emailButton(content.button[0], content.button[1]) : '',
      ...content.after.map(paragraphHtml),
    ].join('\n'),
  );
  const text = [
    `Digital Staff Passport: ${content.heading}`,
    '',
    ...content.paragraphs.map((paragraph) => paragraph.text),
    '',
    ...(content.button ? [`${content.button[1]}: ${content.button[0]}`, ''] : []),
    ...content.after.map((paragraph) => paragraph.text),
  ].join('\n');
  return { subject: content.subject, html, text };
}
