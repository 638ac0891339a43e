import type { DataSource } from 'typeorm';
import { emailProcessor, type EmailDelivery } from '../jobs/email-delivery';
import { sendAccountEmail, type AccountEmail } from './account-emails.service';

/** How the worker hands an account email to its mail transport (the same transport as summaries). */
export type AccountEmailDelivery = EmailDelivery<AccountEmail>;

/** Sends one account email at most once (see sendAccountEmail), retried and recorded as summaries are. */
export function accountEmailProcessor(dataSource: DataSource, delivery: AccountEmailDelivery) {
  return emailProcessor(dataSource, 'account_email_dispatch', delivery, (dispatchId, deliver) => sendAccountEmail(dataSource, dispatchId, deliver));
}
