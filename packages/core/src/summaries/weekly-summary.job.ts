import type { BackgroundJob } from '../jobs/outbox';
import { QueueName } from '../jobs/queue-names';

/** The weekly scheduler's id and timing (rule 5 (docs/domain.md)): every Monday 08:00, London time. */
export const WEEKLY_SUMMARY_SCHEDULER_ID = 'weekly-summary-monday-0800';
export const WEEKLY_SUMMARY_PATTERN = '0 8 * * 1';
export const WEEKLY_SUMMARY_TIME_ZONE = 'Europe/London';
export const WEEKLY_SUMMARY_JOB_NAME = 'plan-week';

/**
 * Plan one summary dispatch per (trust, team) whose notifications are on, for an ISO week. The
 * scheduler's jobs carry no week: it is taken from when the job was due. Its processor is
 * weekly-summary.processor.ts; the worker keeps the scheduler registered (apps/worker/src/recovery.ts).
 */
export interface WeeklySummaryJobData {
  /** e.g. 2026-W48; defaults to the week the job was due in, London time. */
  isoWeek?: string;
}

export interface WeeklySummaryJobResult {
  isoWeek: string;
  planned: number;
  enqueued: number;
}

/** A plan for one week on demand (operators, tests); the Monday ones come from the scheduler. */
export function weeklySummaryJob(data: WeeklySummaryJobData, id?: string): BackgroundJob<WeeklySummaryJobData> {
  return { queue: QueueName.WeeklySummary, name: WEEKLY_SUMMARY_JOB_NAME, id, data };
}
