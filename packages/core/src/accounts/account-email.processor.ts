import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { isFinalAttempt, messageOf } from '../jobs/job-attempts';
import type { AccountEmailJobData, AccountEmailJobResult } from './account-email.job';
import { recordAccountEmailFailure, sendAccountEmail, type AccountEmail } from './account-emails.service';

/** How the worker hands an account email to its mail transport (the same transport as summaries). */
export interface AccountEmailDelivery {
  send(email: AccountEmail): Promise<void>;
  /** True when retrying the same message cannot help (an SMTP 5xx answer). */
  isPermanentFailure(error: unknown): boolean;
}

/**
 * Sends one account email at most once (see sendAccountEmail); transport failures are retried with
 * backoff, and a permanent refusal or the last failed try is recorded as FAILED with the reason.
 */
export function accountEmailProcessor(dataSource: DataSource, delivery: AccountEmailDelivery) {
  return async (job: Job<AccountEmailJobData, AccountEmailJobResult>): Promise<AccountEmailJobResult> => {
    try {
      return { outcome: await sendAccountEmail(dataSource, job.data.dispatchId, (email) => delivery.send(email)) };
    } catch (error) {
      const permanent = delivery.isPermanentFailure(error);
      await recordAccountEmailFailure(dataSource.manager, job.data.dispatchId, messageOf(error), permanent || isFinalAttempt(job));
      if (permanent) throw new UnrecoverableError(`The mail server refused the account email: ${messageOf(error)}`);
      throw error;
    }
  };
}
