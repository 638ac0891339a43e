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
}

/**
 * The folder where the worker keeps summary emails when no mail server is set (development:
 * `npm start` without SMTP_URL). Unset in production, where the page does not exist.
 */
export function sentEmailsFolder(): string | null {
  return process.env.MAIL_DIR || null;
}

/** The newest `limit` .eml files of the folder, parsed with mailparser. */
export async function listSentEmails(folder: string, limit = 50): Promise<{ emails: SentEmail[]; total: number }> {
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
  const emails = await Promise.all(
    withTimes.slice(0, limit).map(async ({ name }) => {
      const parsed = await simpleParser(await readFile(path.join(folder, name)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((entry) => entry.text).join(', ') : (parsed.to?.text ?? '');
      return {
        file: name,
        subject: parsed.subject ?? '(no subject)',
        to,
        from: parsed.from?.text ?? '',
        date: parsed.date ? parsed.date.toISOString() : null,
        text: parsed.text ?? '',
      };
    }),
  );
  return { emails, total: names.length };
}
