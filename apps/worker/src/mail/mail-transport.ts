import nodemailer, { type Transporter } from 'nodemailer';
import type { SummaryEmail } from '@staff-passport/core';
import { renderSummaryEmail } from './summary-email';

export interface SummaryMailer {
  send(email: SummaryEmail): Promise<void>;
  close(): void;
}

/**
 * Summary emails over SMTP with nodemailer. Timeouts are bounded so that a send finishes or fails
 * well within the worker's shutdown budget. Each email carries the dispatch's fixed Message-ID.
 */
export function createSummaryMailer(options: { smtpUrl: string; from: string; portalUrl: string }): SummaryMailer {
  const transport: Transporter = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as nodemailer.TransportOptions);
  return {
    async send(email) {
      const rendered = renderSummaryEmail(email, options.portalUrl);
      await transport.sendMail({
        from: options.from,
        to: email.to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: email.messageId,
        headers: { 'X-Staff-Passport-Dispatch': email.dispatchId },
      });
    },
    close: () => transport.close(),
  };
}

/** A 5xx reply is the mail server's final answer: retrying the same message cannot help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
