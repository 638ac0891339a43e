import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

export interface SentEmail {
  file: string;
  subject: string;
  to: string;
  from: string;
  date: string | null;
  text: string;
  /** The ODS code of the trust the email belongs to; null for a national one (a National Administrator's). */
  trust: string | null;
}

/**
 * The folder where the worker keeps summary emails when no mail server is set (development:
 * `npm start` without SMTP_URL). Unset in production, where the page does not exist.
 */
export function sentEmailsFolder(): string | null {
  return process.env.MAIL_DIR || null;
}

/**
 * Whose emails a person may read on the page. The folder holds every trust's emails, and an
 * account email carries a single-use link: a trust's users see their own trust's only, as they
 * would in their own mailboxes; a National Administrator, who registers the trusts and whose own
 * emails belong to none, sees them all (the demo's journey opens a new trust's invitation here).
 */
export type SentEmailsAudience = { kind: 'all' } | { kind: 'trust'; odsCode: string } | { kind: 'none' };

export function audienceOf(viewer: { role?: string | null; organisation?: { odsCode: string } | null } | null | undefined): SentEmailsAudience {
  if (viewer?.role === 'NATIONAL_ADMINISTRATOR') return { kind: 'all' };
  const odsCode = viewer?.role ? viewer.organisation?.odsCode?.trim() : undefined;
  return odsCode ? { kind: 'trust', odsCode: odsCode.toUpperCase() } : { kind: 'none' };
}

export function canSee(audience: SentEmailsAudience, trust: string | null): boolean {
  switch (audience.kind) {
    case 'all':
      return true;
    case 'trust':
      return trust !== null && trust.toUpperCase() === audience.odsCode;
    case 'none':
      return false;
    default: {
      const unreachable: never = audience;
      return unreachable;
    }
  }
}

/** The X-Staff-Passport-Trust header of a raw message (the worker sets it), read from its header block only. */
export function trustOfMessage(raw: string): string | null {
  const end = raw.search(/\r?\n\r?\n/);
  // a folded header continues on lines that start with white space
  const headers = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const value = /^x-staff-passport-trust:[ \t]*(.*)$/im.exec(headers)?.[1]?.trim();
  return value ? value : null;
}

/** The newest `limit` .eml files of the folder that `audience` may see, parsed with mailparser; `total` counts all it may see. */
export async function listSentEmails(folder: string, audience: SentEmailsAudience, limit = 50): Promise<{ emails: SentEmail[]; total: number }> {
  if (audience.kind === 'none') return { emails: [], total: 0 };
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.eml'));
  } catch {
    return { emails: [], total: 0 };
  }
  const withTimes = await Promise.all(
    names.map(async (name) => ({ name, mtime: (await stat(path.join(folder, name)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  withTimes.sort((a, b) => b.mtime - a.mtime || a.name.localeCompare(b.name));
  const messages = await Promise.all(
    withTimes.map(async ({ name }) => {
      const raw = await readFile(path.join(folder, name)).catch(() => null);
      return raw ? { name, raw, trust: trustOfMessage(raw.toString('utf8')) } : null;
    }),
  );
  const visible = messages.filter((message): message is NonNullable<typeof message> => message !== null && canSee(audience, message.trust));
  const emails = await Promise.all(
    visible.slice(0, limit).map(async ({ name, raw, trust }) => {
      const parsed = await simpleParser(raw);
      const to = Array.isArray(parsed.to) ? parsed.to.map((entry) => entry.text).join(', ') : (parsed.to?.text ?? '');
      return {
        file: name,
        subject: parsed.subject ?? '(no subject)',
        to,
        from: parsed.from?.text ?? '',
        date: parsed.date ? parsed.date.toISOString() : null,
        text: parsed.text ?? '',
        trust,
      };
    }),
  );
  return { emails, total: visible.length };
}
