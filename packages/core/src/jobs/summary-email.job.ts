import { jobId } from './queue-names';

/** Render and send the email of one summary dispatch, at most once. */
export interface SummaryEmailJobData {
  organisationId: string;
  dispatchId: string;
}

export type SummaryEmailJobResult = { outcome: 'SENT' | 'ALREADY_SENT' | 'ALREADY_FAILED' | 'NOT_FOUND' };

export const summaryEmailJobId = (data: SummaryEmailJobData) => jobId('summary-email', data.dispatchId);
