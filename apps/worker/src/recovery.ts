import type { DataSource } from 'typeorm';
import {
  accountEmailJob,
  esrCredentialUpdatesJob,
  pendingAccountEmails,
  pendingSummaryDispatches,
  queuedEsrUpdateBatches,
  summaryEmailJob,
  templateResolutionJob,
  unfinishedTemplateResolutionRuns,
  QueueName,
  WEEKLY_SUMMARY_JOB_NAME,
  WEEKLY_SUMMARY_PATTERN,
  WEEKLY_SUMMARY_SCHEDULER_ID,
  WEEKLY_SUMMARY_TIME_ZONE,
  type BackgroundJob,
  type JobQueues,
} from '@staff-passport/core';

/**
 * Work is recorded in the database in the transaction of the change that needs it, and relayed to the
 * queues after commit, so a relay that failed (Redis away, a process that died just after commit) or a
 * job that ended in the failed set must not strand it: this sweep finds work still open after
 * `olderThanMs` and enqueues it again, or retries its failed job. Running it on many workers at once
 * is harmless: job ids dedupe, and each job is idempotent in the database.
 */
export async function recoverUnfinishedWork(dataSource: DataSource, queues: JobQueues, olderThanMs: number): Promise<number> {
  const open: BackgroundJob[] = [
    ...(await queuedEsrUpdateBatches(dataSource.manager, olderThanMs)).map((batch) =>
      esrCredentialUpdatesJob({ organisationId: batch.organisationId, batchId: batch.id }),
    ),
    ...(await unfinishedTemplateResolutionRuns(dataSource.manager, olderThanMs)).map((run) =>
      templateResolutionJob({ organisationId: run.organisationId, runId: run.id }),
    ),
    ...(await pendingSummaryDispatches(dataSource.manager, olderThanMs)).map((dispatch) =>
      summaryEmailJob({ organisationId: dispatch.organisationId, dispatchId: dispatch.id }),
    ),
    ...(await pendingAccountEmails(dataSource.manager, olderThanMs)).map((email) =>
      accountEmailJob({ organisationId: email.organisationId, dispatchId: email.id }),
    ),
  ];
  let recovered = 0;
  for (const job of open) {
    const kept = await queues.queue(job.queue).getJob(job.id!);
    if (!kept) {
      await queues.enqueue([job]);
      recovered += 1;
    } else if (await kept.isFailed()) {
      await kept.retry('failed');
      recovered += 1;
    }
  }
  return recovered;
}

/**
 * The Monday 08:00 scheduler of rule 5 (docs/domain.md) lives in Redis: if Redis loses its data, it is gone. Every worker
 * registers it at start and the recovery sweep puts it back whenever it is missing (upsert: one
 * scheduler however many workers do it). Returns whether it had to be re-created.
 */
export async function ensureWeeklySummaryScheduler(queues: JobQueues): Promise<boolean> {
  const queue = queues.queue(QueueName.WeeklySummary);
  const existing = await queue.getJobScheduler(WEEKLY_SUMMARY_SCHEDULER_ID);
  if (existing) return false;
  await queue.upsertJobScheduler(
    WEEKLY_SUMMARY_SCHEDULER_ID,
    { pattern: WEEKLY_SUMMARY_PATTERN, tz: WEEKLY_SUMMARY_TIME_ZONE },
    { name: WEEKLY_SUMMARY_JOB_NAME, data: {}, opts: queues.jobOptions(QueueName.WeeklySummary) },
  );
  return true;
}

/** Whether the weekly scheduler is registered, for /ready. */
export async function weeklySummarySchedulerRegistered(queues: JobQueues): Promise<boolean> {
  return Boolean(await queues.queue(QueueName.WeeklySummary).getJobScheduler(WEEKLY_SUMMARY_SCHEDULER_ID));
}
