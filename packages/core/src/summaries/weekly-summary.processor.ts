import type { Job } from 'bullmq';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { isoWeekOf } from './iso-week';
import { planWeeklySummaryDispatches } from './summary-dispatch.service';
import { WEEKLY_SUMMARY_TIME_ZONE, type WeeklySummaryJobData, type WeeklySummaryJobResult } from './weekly-summary.job';

/**
 * The Monday fan-out: records one dispatch per (trust, team) whose notifications are on and relays a
 * send job for every dispatch of the week still pending (a rerun after a crash relays what the first
 * run did not). The week is the one the job was due in, not when it happens to run.
 */
export function weeklySummaryProcessor(context: CommandContext, messageIdDomain: string) {
  return async (job: Job<WeeklySummaryJobData>): Promise<WeeklySummaryJobResult> => {
    const dueAt = (job.opts as { prevMillis?: number }).prevMillis ?? job.timestamp;
    const isoWeek = job.data.isoWeek ?? isoWeekOf(new Date(dueAt), WEEKLY_SUMMARY_TIME_ZONE);
    const { planned, pending } = await runCommand(context, (manager, outbox) =>
      planWeeklySummaryDispatches(manager, outbox, isoWeek, messageIdDomain),
    );
    return { isoWeek, planned, enqueued: pending };
  };
}
