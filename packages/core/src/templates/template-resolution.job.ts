import type { BackgroundJob } from '../jobs/outbox';
import { jobId, QueueName } from '../jobs/queue-names';

/**
 * Recompute effective templates and missing credentials for the staff members a run covers. The run's
 * row (template_resolution_run) is written by the command that needs it; its processor is
 * template-resolution.processor.ts.
 */
export interface TemplateResolutionJobData {
  organisationId: string;
  runId: string;
}

/** Reported with job.updateProgress while the run goes, stored on the run's row, and the job's result. */
export interface TemplateResolutionProgress {
  done: number;
  total: number;
}

export const templateResolutionJobId = (data: TemplateResolutionJobData) => jobId('template-resolution', data.runId);

export function templateResolutionJob(data: TemplateResolutionJobData): BackgroundJob<TemplateResolutionJobData> {
  return { queue: QueueName.TemplateResolution, name: 'resolve', id: templateResolutionJobId(data), data };
}
