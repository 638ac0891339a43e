import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { isFinalAttempt, messageOf } from '../jobs/job-attempts';
import { applyEsrUpdateBatch, markEsrUpdateBatchFailed } from './esr-batches.service';
import type { EsrCredentialUpdatesJobData, EsrCredentialUpdatesJobResult } from './esr-credential-updates.job';

/** Rule 3 (docs/domain.md) for one stored batch. A replay or duplicate job finds the batch applied and changes nothing. */
export function esrCredentialUpdatesProcessor(dataSource: DataSource) {
  return async (job: Job<EsrCredentialUpdatesJobData, EsrCredentialUpdatesJobResult>): Promise<EsrCredentialUpdatesJobResult> => {
    try {
      const batch = await applyEsrUpdateBatch(dataSource, job.data.batchId);
      return { issued: batch?.issued ?? 0, awaitingManualIssue: batch?.awaitingManualIssue ?? 0, unchanged: batch?.unchanged ?? 0 };
    } catch (error) {
      if (isFinalAttempt(job)) await markEsrUpdateBatchFailed(dataSource.manager, job.data.batchId, messageOf(error));
      throw error;
    }
  };
}
