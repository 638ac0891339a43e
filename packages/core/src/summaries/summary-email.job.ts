import type { BackgroundJob } from '../jobs/outbox';
import { jobId, QueueName } from '../jobs/queue-names';

/**
 * Render and send the email of one summary dispatch, at most once. The dispatch's row
 * (summary_dispatch) is written by the weekly plan or by `requestSummaryNow`; its processor is
 * summary-email.processor.ts.
 */
export interface SummaryEmailJobData {
  organisationId: string;
  dispatchId: string;
}

export type SummaryEmailJobResult = { outcome: 'SENT' | 'ALREADY_SENT' | 'ALREADY_FAILED' | 'NOT_FOUND' };

export const summaryEmailJobId = (data: SummaryEmailJobData) => jobId('summary-email', data.dispatchId);

export function summaryEmailJob(data: SummaryEmailJobData): BackgroundJob<SummaryEmailJobData> {
  return { queue: QueueName.SummaryEmail, name: 'send', id: summaryEmailJobId(data), data };
}
