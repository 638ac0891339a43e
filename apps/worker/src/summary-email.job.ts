import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  recordSummaryDispatchFailure,
  sendSummaryDispatch,
  type SummaryEmailJobData,
  type SummaryEmailJobResult,
} from '@staff-passport/core';
import { isFinalAttempt, messageOf } from './job-attempts';
import { isPermanentSmtpFailure, type SummaryMailer } from './mail/mail-transport';

/**
 * Sends one dispatch's email at most once (see sendSummaryDispatch). SMTP failures are retried with
 * backoff; a 5xx refusal or the last failed try is recorded as FAILED for the trust's administrators.
 */
export function summaryEmailProcessor(dataSource: DataSource, mailer: SummaryMailer) {
  return async (job: Job<SummaryEmailJobData, SummaryEmailJobResult>): Promise<SummaryEmailJobResult> => {
    try {
      return { outcome: await sendSummaryDispatch(dataSource, job.data.dispatchId, (email) => mailer.send(email)) };
    } catch (error) {
      const permanent = isPermanentSmtpFailure(error);
      await recordSummaryDispatchFailure(dataSource.manager, job.data.dispatchId, messageOf(error), permanent || isFinalAttempt(job));
      if (permanent) throw new UnrecoverableError(`The mail server refused the summary: ${messageOf(error)}`);
      throw error;
    }
  };
}
