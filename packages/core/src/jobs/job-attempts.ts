import type { Job } from 'bullmq';

/** True while the job runs its last try: a failure now is final and should be recorded. */
export function isFinalAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
