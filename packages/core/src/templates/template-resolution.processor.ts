import { DelayedError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { isFinalAttempt, messageOf } from '../jobs/job-attempts';
import type { TemplateResolutionJobData, TemplateResolutionProgress } from './template-resolution.job';
import { markTemplateResolutionFailed, runTemplateResolution } from './template-resolution.service';

class StoppingError extends Error {}

/**
 * Recomputes the stored results of one run, reporting done/total on the job and the run's row. On
 * shutdown it stops between chunks and hands the job back to the queue (runs are safe to restart).
 */
export function templateResolutionProcessor(dataSource: DataSource, isStopping: () => boolean) {
  return async (job: Job<TemplateResolutionJobData>, token?: string): Promise<TemplateResolutionProgress> => {
    try {
      const run = await runTemplateResolution(dataSource, job.data.runId, async (progress) => {
        await job.updateProgress(progress);
        if (isStopping() && progress.done < progress.total) throw new StoppingError();
      });
      return { done: run?.done ?? 0, total: run?.total ?? 0 };
    } catch (error) {
      if (error instanceof StoppingError) {
        await job.moveToDelayed(Date.now(), token);
        throw new DelayedError();
      }
      if (isFinalAttempt(job)) await markTemplateResolutionFailed(dataSource.manager, job.data.runId, messageOf(error));
      throw error;
    }
  };
}
