import type { DataSource, EntityManager } from 'typeorm';
import { defaultLog } from '../common/logger';
import type { QueueName } from './queue-names';

/**
 * One job for a queue. Each feature builds its own (e.g. `templateResolutionJob` in
 * templates/template-resolution.job.ts), so the payload type, the job id and the processor of a job
 * sit in one file. The id is derived from the work, so relaying the same job twice is harmless.
 */
export interface BackgroundJob<Data = unknown> {
  queue: QueueName;
  /** The BullMQ job name. */
  name: string;
  /** The BullMQ job id; omitted, BullMQ makes one (only for jobs nothing needs to de-duplicate). */
  id?: string;
  data: Data;
}

/** Where committed background work goes: the queues (JobQueues), or nowhere, for processes without them. */
export interface JobEnqueuer {
  enqueue(jobs: readonly BackgroundJob[]): Promise<void>;
  /** Whether the queue backend answers (for /ready); absent when there is no backend to ask. */
  ping?(): Promise<boolean>;
}

/**
 * The background work a command records. Each job's row (a template resolution run, an ESR update
 * batch, an email dispatch) is written in the command's own transaction; the outbox only remembers
 * which jobs to relay once that transaction has committed.
 */
export class Outbox {
  private readonly pending: BackgroundJob[] = [];

  add(...jobs: BackgroundJob[]): void {
    this.pending.push(...jobs);
  }

  get jobs(): readonly BackgroundJob[] {
    return this.pending;
  }
}

/** What a command needs: the database, the relay its committed background work goes to, and a log. */
export interface CommandContext {
  dataSource: DataSource;
  jobs: JobEnqueuer;
  /** Where a relay that failed is reported. @defaultValue the shared JSON logger */
  log?: (message: string, error?: unknown) => void;
}

/** How long relaying may wait on the queue backend before leaving the work to the recovery sweep. */
export const RELAY_TIMEOUT_MS = 3000;

/**
 * The one path for every change: `work` runs in one transaction with an outbox; once the transaction
 * has committed, the outbox's jobs are relayed to the queues. A relay that fails or times out is
 * logged and nothing more: the change is saved and its rows say what is left to do, so the worker's
 * recovery sweep enqueues them (see apps/worker/src/recovery.ts). The caller is told of success,
 * because the change succeeded.
 */
export async function runCommand<T>(
  { dataSource, jobs, log }: CommandContext,
  work: (manager: EntityManager, outbox: Outbox) => Promise<T>,
): Promise<T> {
  const outbox = new Outbox();
  const result = await dataSource.transaction((manager) => work(manager, outbox));
  await relayOutbox(jobs, outbox.jobs, log);
  return result;
}

/** Relays committed jobs; never throws (see runCommand). */
export async function relayOutbox(
  relay: JobEnqueuer,
  jobs: readonly BackgroundJob[],
  log: (message: string, error?: unknown) => void = defaultLog,
): Promise<void> {
  if (jobs.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      relay.enqueue(jobs),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the queue backend did not answer within ${RELAY_TIMEOUT_MS} ms`)), RELAY_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    const which = jobs.map((job) => job.id ?? job.queue).join(', ');
    log(`Background work is saved but could not be queued (${which}); the worker's recovery sweep will queue it`, error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A relay that queues nothing, for processes with no queue backend (the seed, the CLIs): the work stays
 * recorded in the database, and the worker's recovery sweep queues it.
 */
export const LEFT_FOR_THE_RECOVERY_SWEEP: JobEnqueuer = { enqueue: async () => undefined };
