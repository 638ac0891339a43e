import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { isFinalAttempt, messageOf } from './job-attempts';

/** How the worker hands an email to its mail transport, and tells a final refusal from a passing failure. */
export interface EmailDelivery<Email> {
  send(email: Email): Promise<void>;
  /** True when retrying the same message cannot help (an SMTP 5xx answer). */
  isPermanentFailure(error: unknown): boolean;
}

/** The outbox tables of emails: one row per email, PENDING until SENT or FAILED. */
export type EmailOutboxTable = 'summary_dispatch' | 'account_email_dispatch';

/** A failed try: counted with its reason; `final` (permanent, or the last try) records it FAILED. */
export async function recordEmailFailure(manager: EntityManager, table: EmailOutboxTable, dispatchId: string, error: string, final: boolean): Promise<void> {
  await manager.query(
    `UPDATE ${table}
        SET attempts = attempts + 1, last_error = $2,
            status = CASE WHEN $3 THEN 'FAILED' ELSE status END,
            failed_at = CASE WHEN $3 THEN now() ELSE failed_at END
      WHERE id = $1 AND status = 'PENDING'`,
    [dispatchId, error.slice(0, 2000), final],
  );
}

/**
 * The job of one email of an outbox table: `sendOnce` sends it at most once; transport failures are
 * retried with backoff, and a permanent refusal or the last failed try is recorded as FAILED with the
 * reason, for the people who look after it to see.
 */
export function emailProcessor<Email, Outcome extends string>(
  dataSource: DataSource,
  table: EmailOutboxTable,
  delivery: EmailDelivery<Email>,
  sendOnce: (dispatchId: string, deliver: (email: Email) => Promise<void>) => Promise<Outcome>,
) {
  return async (job: Job<{ dispatchId: string }, { outcome: Outcome }>): Promise<{ outcome: Outcome }> => {
    try {
      return { outcome: await sendOnce(job.data.dispatchId, (email) => delivery.send(email)) };
    } catch (error) {
      const permanent = delivery.isPermanentFailure(error);
      await recordEmailFailure(dataSource.manager, table, job.data.dispatchId, messageOf(error), permanent || isFinalAttempt(job));
      if (permanent) throw new UnrecoverableError(`The mail server refused the email: ${messageOf(error)}`);
      throw error;
    }
  };
}
