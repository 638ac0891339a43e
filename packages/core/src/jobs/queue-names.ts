/** Every BullMQ queue of the service. The API enqueues, the worker processes; both use these names. */
export enum QueueName {
  /** One job per stored batch of ESR credential updates (rule 3 (docs/domain.md)). */
  EsrCredentialUpdates = 'esr-credential-updates',
  /** One job per template resolution run: effective templates and missing credentials (rules 1 (docs/domain.md), 2). */
  TemplateResolution = 'template-resolution',
  /** The Monday 08:00 scheduler's job, which plans one summary email per (trust, team) (rule 5 (docs/domain.md)). */
  WeeklySummary = 'weekly-summary',
  /** One job per summary dispatch: render and send one email. */
  SummaryEmail = 'summary-email',
  /** One job per account email dispatch (invitation, password reset, MFA reset, role changed, deactivated). */
  AccountEmail = 'account-email',
}

/**
 * BullMQ job ids are built from what the job does, so a duplicate enqueue is a no-op while the job
 * is kept. They must not contain `:` (BullMQ's key separator). Idempotency itself lives in the
 * database: a job id that was removed no longer blocks a duplicate.
 */
export function jobId(...parts: string[]): string {
  const id = parts.join('-');
  if (id.includes(':')) throw new Error(`A BullMQ job id must not contain ':' (got ${id})`);
  return id;
}
