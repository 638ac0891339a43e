import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { SummaryEmail } from '@staff-passport/core';
import { renderSummaryEmail } from './summary-email';

export interface SummaryMailer {
  send(email: SummaryEmail): Promise<void>;
  close(): void;
}

/**
 * Summary emails with nodemailer: over SMTP (`smtpUrl`), or, in development without a mail server,
 * kept as `.eml` files in `mailDir` (nodemailer's stream transport writes the message; the file is named
 * after the dispatch's fixed Message-ID, so a retried send replaces its file rather than adding one).
 * SMTP timeouts are bounded so that a send finishes or fails well within the worker's shutdown budget.
 */
export function createSummaryMailer(options: { smtpUrl?: string; mailDir?: string; from: string; portalUrl: string }): SummaryMailer {
  const message = (email: SummaryEmail): SendMailOptions => {
    const rendered = renderSummaryEmail(email, options.portalUrl);
    return {
      from: options.from,
      to: email.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId: email.messageId,
      date: new Date(),
      // which trust an email belongs to, so the development Sent emails page shows each trust only its own
      headers: { 'X-Staff-Passport-Dispatch': email.dispatchId, 'X-Staff-Passport-Trust': email.organisation.odsCode },
    };
  };
  if (!options.smtpUrl) {
    const folder = options.mailDir;
    if (!folder) throw new Error('Summary emails need SMTP_URL, or MAIL_DIR to keep them as .eml files');
    mkdirSync(folder, { recursive: true });
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    return {
      async send(email) {
        const info = await transport.sendMail(message(email));
        const file = path.join(folder, `${emlFileName(email.messageId)}.eml`);
        const partial = `${file}.${process.pid}.partial`;
        writeFileSync(partial, info.message as Buffer);
        renameSync(partial, file);
      },
      close: () => transport.close(),
    };
  }
  const transport: Transporter = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as nodemailer.TransportOptions);
  return {
    async send(email) {
      await transport.sendMail(message(email));
    },
    close: () => transport.close(),
  };
}

/** A Message-ID such as `<weekly-summary.hr.2026-W48.id@host>` as a safe file name. */
export function emlFileName(messageId: string): string {
  return messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
}

/** A 5xx reply is the mail server's final answer: retrying the same message cannot help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
