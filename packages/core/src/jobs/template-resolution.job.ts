import { jobId } from './queue-names';

/** Recompute effective templates and missing credentials for the staff members a run covers. */
export interface TemplateResolutionJobData {
  organisationId: string;
  runId: string;
}

/** Reported with job.updateProgress while the run goes, and stored on the run's row. */
export interface TemplateResolutionProgress {
  done: number;
  total: number;
}

export const templateResolutionJobId = (data: TemplateResolutionJobData) => jobId('template-resolution', data.runId);
