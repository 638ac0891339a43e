import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { isFinalAttempt, messageOf } from '../jobs/job-attempts';
import type { SummaryEmailJobData, SummaryEmailJobResult } from './summary-email.job';
import { recordSummaryDispatchFailure, sendSummaryDispatch, type SummaryEmail } from './summary-dispatch.service';

/** How the worker hands an email to its mail transport, and tells a final refusal from a passing failure. */
export interface SummaryDelivery {
  send(email: SummaryEmail): Promise<void>;
  /** True when retrying the same message cannot help (an SMTP 5xx answer). */
  isPermanentFailure(error: unknown): boolean;
}

/**
 * Sends one dispatch's email at most once (see sendSummaryDispatch). Transport failures are retried with
 * backoff; a permanent refusal or the last failed try is recorded as FAILED for the trust's administrators.
 */
export function summaryEmailProcessor(dataSource: DataSource, delivery: SummaryDelivery) {
  return async (job: Job<SummaryEmailJobData, SummaryEmailJobResult>): Promise<SummaryEmailJobResult> => {
    try {
      return { outcome: await sendSummaryDispatch(dataSource, job.data.dispatchId, (email) => delivery.send(email)) };
    } catch (error) {
      const permanent = delivery.isPermanentFailure(error);
      await recordSummaryDispatchFailure(dataSource.manager, job.data.dispatchId, messageOf(error), permanent || isFinalAttempt(job));
      if (permanent) throw new UnrecoverableError(`The mail server refused the summary: ${messageOf(error)}`);
      throw error;
    }
  };
}
