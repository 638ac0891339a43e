import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { AccountEmail, SummaryEmail } from '@staff-passport/core';
import { renderAccountEmail } from './account-email';
import type { RenderedEmail } from './email-layout';
import { renderSummaryEmail } from './summary-email';

export interface Mailer {
  sendSummary(email: SummaryEmail): Promise<void>;
  sendAccountEmail(email: AccountEmail): Promise<void>;
  close(): void;
}

/** One message ready for the transport: rendered, with its fixed Message-ID and headers. */
interface Outgoing {
  to: string;
  messageId: string;
  rendered: RenderedEmail;
  headers: Record<string, string>;
}

/**
 * Every email with nodemailer: over SMTP (`smtpUrl`), or, in development without a mail server, kept
 * as `.eml` files in `mailDir` (nodemailer's stream transport writes the message; the file is named
 * after the email's fixed Message-ID, so a retried send replaces its file rather than adding one).
 * SMTP timeouts are bounded so that a send finishes or fails well within the worker's shutdown budget.
 * Each email says which trust it belongs to (X-Staff-Passport-Trust), so the development Sent emails
 * page shows each trust only its own; a National Administrator's emails belong to none.
 */
export function createMailer(options: { smtpUrl?: string; mailDir?: string; from: string; portalUrl: string }): Mailer {
  const message = (email: Outgoing): SendMailOptions => ({
    from: options.from,
    to: email.to,
    subject: email.rendered.subject,
    text: email.rendered.text,
    html: email.rendered.html,
    messageId: email.messageId,
    date: new Date(),
    headers: email.headers,
  });
  const send = openTransport(options, message);
  return {
    sendSummary: (email) =>
      send.send({
        to: email.to,
        messageId: email.messageId,
        rendered: renderSummaryEmail(email, options.portalUrl),
        headers: { 'X-Staff-Passport-Dispatch': email.dispatchId, 'X-Staff-Passport-Trust': email.organisation.odsCode },
      }),
    sendAccountEmail: (email) =>
      send.send({
        to: email.to,
        messageId: email.messageId,
        rendered: renderAccountEmail(email, options.portalUrl),
        headers: { 'X-Staff-Passport-Dispatch': email.dispatchId, ...(email.trust ? { 'X-Staff-Passport-Trust': email.trust.odsCode } : {}) },
      }),
    close: () => send.close(),
  };
}

function openTransport(
  options: { smtpUrl?: string; mailDir?: string },
  message: (email: Outgoing) => SendMailOptions,
): { send(email: Outgoing): Promise<void>; close(): void } {
  if (!options.smtpUrl) {
    const folder = options.mailDir;
    if (!folder) throw new Error('Emails need SMTP_URL, or MAIL_DIR to keep them as .eml files');
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
