import { Queue, type JobsOptions } from 'bullmq';
import IORedis, { type Redis } from 'ioredis';
import { defaultLog } from '../common/logger';
import type { BackgroundJob, JobEnqueuer } from './outbox';
import { QueueName } from './queue-names';

/**
 * A Redis connection for BullMQ. Workers need `maxRetriesPerRequest: null` (their blocking commands
 * must wait out a Redis restart); producers in a request fail fast instead. A `cache` connection (the
 * API's answer cache) never makes a request wait: a command fails at once when Redis is not connected
 * and after 250 ms when it does not answer, and the request goes on without it.
 */
export function redisConnection(url: string, role: 'worker' | 'producer' | 'cache'): Redis {
  if (role === 'cache') {
    const redis = new IORedis(url, { maxRetriesPerRequest: 0, enableOfflineQueue: false, commandTimeout: 250 });
    // a cache that cannot be reached is a miss, not an error worth a line per reconnection
    redis.on('error', () => undefined);
    return redis;
  }
  return new IORedis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: role === 'worker',
    lazyConnect: role === 'producer',
  });
}

export interface JobQueuesOptions {
  /** A redis:// URL, or a connection to share. */
  connection: string | Redis;
  /** Namespaces every key of every queue (tests use a random one). @defaultValue 'sps' */
  prefix?: string;
  /** First retry delay of an email (summary or account) whose SMTP send failed; doubles each time. @defaultValue 60000 */
  summaryEmailBackoffMs?: number;
  /** Tries of an email (summary or account) before it is recorded as failed. @defaultValue 8 */
  summaryEmailAttempts?: number;
  /** Where a lost queue backend is reported (once per outage). @defaultValue the shared JSON logger */
  log?: (message: string, error?: unknown) => void;
}

export const DEFAULT_QUEUE_PREFIX = 'sps';

const kept: Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'> = {
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/**
 * The queues every process enqueues to, with each job's retry policy. Queues are opened on first
 * use, so a process that never enqueues never connects to Redis.
 */
export class JobQueues implements JobEnqueuer {
  readonly prefix: string;
  private readonly queues = new Map<QueueName, Queue>();
  private connection: Redis | null = null;
  private readonly ownsConnection: boolean;
  /** The last backend error reported, so an outage is one log line, not one per queue and retry. */
  private reportedError: string | null = null;

  constructor(private readonly options: JobQueuesOptions) {
    if (!options.connection) throw new Error('JobQueues needs a Redis connection or a redis:// URL (REDIS_URL)');
    this.prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
    this.ownsConnection = typeof options.connection === 'string';
  }

  /** The retry policy of each queue's jobs. */
  jobOptions(name: QueueName): JobsOptions {
    switch (name) {
      case QueueName.EsrCredentialUpdates:
      case QueueName.TemplateResolution:
        return { ...kept, attempts: 8, backoff: { type: 'exponential', delay: 2000 } };
      case QueueName.WeeklySummary:
        return { ...kept, attempts: 10, backoff: { type: 'exponential', delay: 30_000 } };
      // Every email goes by the same mail path with the same retry policy.
      case QueueName.SummaryEmail:
      case QueueName.AccountEmail:
        return {
          ...kept,
          attempts: this.options.summaryEmailAttempts ?? 8,
          backoff: { type: 'exponential', delay: this.options.summaryEmailBackoffMs ?? 60_000 },
        };
      default: {
        const unknown: never = name;
        throw new Error(`No job options for queue ${String(unknown)}`);
      }
    }
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      if (!this.connection) {
        this.connection =
          typeof this.options.connection === 'string'
            ? redisConnection(this.options.connection, 'producer')
            : this.options.connection;
        this.connection.on('ready', () => (this.reportedError = null));
      }
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix, defaultJobOptions: this.jobOptions(name) });
      // Without a listener BullMQ prints every reconnection failure's stack to stderr.
      queue.on('error', (error) => this.reportBackendError(error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds jobs to their queues, a bulk add per queue; a job whose id is already kept is left as it is. */
  async enqueue(jobs: readonly BackgroundJob[]): Promise<void> {
    const byQueue = new Map<QueueName, BackgroundJob[]>();
    for (const job of jobs) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
    for (const [name, queued] of byQueue) {
      await this.queue(name).addBulk(queued.map((job) => ({ name: job.name, data: job.data, opts: job.id ? { jobId: job.id } : {} })));
    }
  }

  private reportBackendError(error: Error): void {
    if (error.message === this.reportedError) return;
    this.reportedError = error.message;
    (this.options.log ?? defaultLog)('The queue backend cannot be reached: jobs cannot be queued until it answers', error);
  }

  /** Whether the queue backend answers (within 2 s). */
  async ping(): Promise<boolean> {
    const connection = (this.queue(QueueName.EsrCredentialUpdates), this.connection!);
    const deadline = Date.now() + 2000;
    try {
      if (connection.status === 'wait') await connection.connect().catch(() => undefined);
      while (connection.status !== 'ready' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      if (connection.status !== 'ready') return false;
      let timer: NodeJS.Timeout | undefined;
      const answer = await Promise.race([
        connection.ping(),
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), Math.max(0, deadline - Date.now())))),
      ]).finally(() => clearTimeout(timer));
      return answer === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
    if (this.connection && this.ownsConnection) {
      // QUIT needs Redis to answer; while it is away, only disconnect() stops ioredis reconnecting for ever.
      if (this.connection.status === 'ready') await this.connection.quit().catch(() => undefined);
      else this.connection.disconnect();
    }
    this.connection = null;
  }
}
