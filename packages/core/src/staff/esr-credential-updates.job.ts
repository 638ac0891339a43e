import type { BackgroundJob } from '../jobs/outbox';
import { jobId, QueueName } from '../jobs/queue-names';

/**
 * Apply one stored batch of ESR credential updates (rule 3 (docs/domain.md)). The batch's row (esr_update_batch) is
 * written by `queueEsrCredentialUpdates`; its processor is esr-credential-updates.processor.ts.
 */
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

export function esrCredentialUpdatesJob(data: EsrCredentialUpdatesJobData): BackgroundJob<EsrCredentialUpdatesJobData> {
  return { queue: QueueName.EsrCredentialUpdates, name: 'apply-batch', id: esrCredentialUpdatesJobId(data), data };
}
