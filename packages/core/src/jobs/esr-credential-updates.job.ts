import { jobId } from './queue-names';

/** Apply one stored batch of ESR credential updates (rule 3). */
export interface EsrCredentialUpdatesJobData {
  organisationId: string;
  batchId: string;
}

export interface EsrCredentialUpdatesJobResult {
  issued: number;
  awaitingManualIssue: number;
  unchanged: number;
}

export const esrCredentialUpdatesJobId = (data: EsrCredentialUpdatesJobData) => jobId('esr-batch', data.batchId);
