import type { DataSource } from 'typeorm';
import { emailProcessor, type EmailDelivery } from '../jobs/email-delivery';
import { sendSummaryDispatch, type SummaryEmail } from './summary-dispatch.service';

export type SummaryDelivery = EmailDelivery<SummaryEmail>;

/**
 * Sends one dispatch's email at most once (see sendSummaryDispatch). Transport failures are retried with
 * backoff; a permanent refusal or the last failed try is recorded as FAILED for the trust's administrators.
 */
export function summaryEmailProcessor(dataSource: DataSource, delivery: SummaryDelivery) {
  return emailProcessor(dataSource, 'summary_dispatch', delivery, (dispatchId, deliver) => sendSummaryDispatch(dataSource, dispatchId, deliver));
}
