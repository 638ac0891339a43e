import type { BackgroundJob } from '../jobs/outbox';
import { jobId, QueueName } from '../jobs/queue-names';

/**
 * Render and send one account email, at most once. Its row (account_email_dispatch) is written by the
 * change that needs it (an invitation, a password reset request, a role change…); its processor is
 * account-email.processor.ts.
 */
export interface AccountEmailJobData {
  /** Null for a National Administrator's emails. */
  organisationId: string | null;
  dispatchId: string;
}

export type AccountEmailJobResult = { outcome: 'SENT' | 'ALREADY_SENT' | 'ALREADY_FAILED' | 'CANCELLED' | 'NOT_FOUND' };

export const accountEmailJobId = (data: AccountEmailJobData) => jobId('account-email', data.dispatchId);

export function accountEmailJob(data: AccountEmailJobData): BackgroundJob<AccountEmailJobData> {
  return { queue: QueueName.AccountEmail, name: 'send', id: accountEmailJobId(data), data };
}
