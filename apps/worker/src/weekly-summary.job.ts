import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  isoWeekOf,
  planWeeklySummaryDispatches,
  WEEKLY_SUMMARY_TIME_ZONE,
  type JobQueues,
  type WeeklySummaryJobData,
  type WeeklySummaryJobResult,
} from '@staff-passport/core';

/**
 * The Monday fan-out: records one dispatch per (trust, team) whose notifications are on, then
 * enqueues a send job for every dispatch of the week still pending (a rerun after a crash enqueues
 * what the first run did not). The week is the one the job was due in, not when it happens to run.
 */
export function weeklySummaryProcessor(dataSource: DataSource, queues: JobQueues, messageIdDomain: string) {
  return async (job: Job<WeeklySummaryJobData>): Promise<WeeklySummaryJobResult> => {
    const dueAt = (job.opts as { prevMillis?: number }).prevMillis ?? job.timestamp;
    const isoWeek = job.data.isoWeek ?? isoWeekOf(new Date(dueAt), WEEKLY_SUMMARY_TIME_ZONE);
    const { planned, pending } = await planWeeklySummaryDispatches(dataSource.manager, isoWeek, messageIdDomain);
    await queues.enqueueSummaryEmails(pending.map((dispatch) => ({ organisationId: dispatch.organisationId, dispatchId: dispatch.id })));
    return { isoWeek, planned, enqueued: pending.length };
  };
}
