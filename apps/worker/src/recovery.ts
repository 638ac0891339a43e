import type { DataSource } from 'typeorm';
import {
  pendingSummaryDispatches,
  queuedEsrUpdateBatches,
  QueueName,
  esrCredentialUpdatesJobId,
  summaryEmailJobId,
  templateResolutionJobId,
  unfinishedTemplateResolutionRuns,
  type JobQueues,
} from '@staff-passport/core';

/**
 * Work is recorded in the database before its job is enqueued, so a failed enqueue (Redis down) or
 * a job that ended in the failed set must not strand it: this sweep finds work still open after
 * `olderThanMs` and enqueues it again, or retries its failed job. Running it on many workers at once
 * is harmless: job ids dedupe, and each job is idempotent in the database.
 */
export async function recoverUnfinishedWork(dataSource: DataSource, queues: JobQueues, olderThanMs: number): Promise<number> {
  let recovered = 0;
  const ensure = async (queue: QueueName, id: string, add: () => Promise<unknown>) => {
    const job = await queues.queue(queue).getJob(id);
    if (!job) {
      await add();
      recovered += 1;
    } else if (await job.isFailed()) {
      await job.retry('failed');
      recovered += 1;
    }
  };
  for (const batch of await queuedEsrUpdateBatches(dataSource.manager, olderThanMs)) {
    const data = { organisationId: batch.organisationId, batchId: batch.id };
    await ensure(QueueName.EsrCredentialUpdates, esrCredentialUpdatesJobId(data), () => queues.enqueueEsrCredentialUpdates(data));
  }
  for (const run of await unfinishedTemplateResolutionRuns(dataSource.manager, olderThanMs)) {
    const data = { organisationId: run.organisationId, runId: run.id };
    await ensure(QueueName.TemplateResolution, templateResolutionJobId(data), () => queues.enqueueTemplateResolution(data));
  }
  for (const dispatch of await pendingSummaryDispatches(dataSource.manager, olderThanMs)) {
    const data = { organisationId: dispatch.organisationId, dispatchId: dispatch.id };
    await ensure(QueueName.SummaryEmail, summaryEmailJobId(data), () => queues.enqueueSummaryEmails([data]));
  }
  return recovered;
}
