import type { AddressInfo } from 'node:net';
import { Worker, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import {
  accountEmailProcessor,
  createDataSource,
  createLogger,
  databaseReadiness,
  databaseTimeouts,
  esrCredentialUpdatesProcessor,
  JobQueues,
  logCallback,
  QueueName,
  redisConnection,
  summaryEmailProcessor,
  templateResolutionProcessor,
  weeklySummaryProcessor,
} from '@staff-passport/core';
import type { WorkerConfig } from './config';
import { createHealthServer } from './health';
import { createMailer, isPermanentSmtpFailure } from './mail/mail-transport';
import { ensureWeeklySummaryScheduler, recoverUnfinishedWork, weeklySummarySchedulerRegistered } from './recovery';

export type WorkerLog = (message: string, error?: unknown) => void;

export interface RunningWorker {
  /** e.g. http://127.0.0.1:4100/health */
  healthUrl: string;
  queues: JobQueues;
  workers: Worker[];
  /** One recovery sweep now (the worker also runs one every RECOVERY_SWEEP_INTERVAL_MS). */
  sweep(): Promise<void>;
  /**
   * Stops taking jobs, lets active ones finish for up to WORKER_SHUTDOWN_TIMEOUT_MS, then leaves any
   * still running to another worker (their locks lapse and stalled-job recovery runs them again),
   * and closes every connection.
   */
  stop(): Promise<void>;
}

/** The domain of MAIL_FROM, for the Message-IDs of summary emails. */
function mailDomain(from: string): string {
  return /@([^\s>]+)/.exec(from)?.[1] ?? 'staff-passport.nhs.uk';
}

/**
 * Starts every queue's worker, registers the weekly scheduler (upsert: one scheduler however many
 * workers start), sweeps for work whose job was lost (and for a lost scheduler), and serves /health
 * and /ready.
 */
export async function startWorker(
  config: WorkerConfig,
  options: { dataSource?: DataSource; log?: WorkerLog } = {},
): Promise<RunningWorker> {
  const log: WorkerLog = options.log ?? logCallback(createLogger('worker'));
  const dataSource =
    options.dataSource ??
    createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, applicationName: 'staff-passport-worker', timeouts: databaseTimeouts(config) });
  const ownsDataSource = !options.dataSource;
  if (!dataSource.isInitialized) await dataSource.initialize();
  if (await dataSource.showMigrations()) {
    if (ownsDataSource) await dataSource.destroy();
    throw new Error('The database has migrations that have not been applied: run `npm run migrate` first');
  }

  const connections: Redis[] = [];
  const connect = () => {
    const connection = redisConnection(config.REDIS_URL, 'worker');
    connection.on('error', (error) => log('Redis connection error', error));
    connections.push(connection);
    return connection;
  };
  const queues = new JobQueues({
    connection: connect(),
    prefix: config.QUEUE_PREFIX,
    summaryEmailBackoffMs: config.SUMMARY_RETRY_DELAY_MS,
    summaryEmailAttempts: config.SUMMARY_ATTEMPTS,
    log,
  });
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, mailDir: config.MAIL_DIR, from: config.MAIL_FROM, portalUrl: config.PORTAL_URL });
  let stopping = false;

  const processors: [QueueName, Processor][] = [
    [QueueName.EsrCredentialUpdates, esrCredentialUpdatesProcessor(dataSource) as Processor],
    [QueueName.TemplateResolution, templateResolutionProcessor(dataSource, () => stopping) as Processor],
    [QueueName.WeeklySummary, weeklySummaryProcessor({ dataSource, jobs: queues, log }, mailDomain(config.MAIL_FROM)) as Processor],
    [QueueName.SummaryEmail, summaryEmailProcessor(dataSource, { send: (email) => mailer.sendSummary(email), isPermanentFailure: isPermanentSmtpFailure }) as Processor],
    [QueueName.AccountEmail, accountEmailProcessor(dataSource, { send: (email) => mailer.sendAccountEmail(email), isPermanentFailure: isPermanentSmtpFailure }) as Processor],
  ];
  const workers = processors.map(([name, processor]) => {
    const worker = new Worker(name, processor, {
      connection: connect(),
      prefix: config.QUEUE_PREFIX,
      concurrency: config.WORKER_CONCURRENCY,
      lockDuration: config.WORKER_LOCK_DURATION_MS,
      stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
      maxStalledCount: 3,
    });
    worker.on('failed', (job, error) => log(`Job ${name}/${job?.id ?? '?'} failed (try ${job?.attemptsMade ?? '?'}): ${error.message}`));
    worker.on('error', (error) => log(`Worker ${name} error`, error));
    return worker;
  });

  await ensureWeeklySummaryScheduler(queues);

  const sweep = async (olderThanMs: number) => {
    try {
      if (await ensureWeeklySummaryScheduler(queues)) log('Recovery sweep: the weekly summary scheduler was missing (Redis lost its data?) and is registered again');
      const recovered = await recoverUnfinishedWork(dataSource, queues, olderThanMs);
      if (recovered > 0) log(`Recovery sweep: re-enqueued ${recovered} job(s) of unfinished work`);
    } catch (error) {
      log('Recovery sweep failed; it runs again shortly', error);
    }
  };
  await sweep(0);
  const sweeper = setInterval(() => void sweep(config.RECOVERY_SWEEP_INTERVAL_MS), config.RECOVERY_SWEEP_INTERVAL_MS);
  sweeper.unref();

  const health = createHealthServer(async () => {
    const workersRunning = Object.fromEntries(workers.map((worker) => [worker.name, worker.isRunning()]));
    if (stopping) return { healthy: false, detail: { stopping: true, workers: workersRunning } };
    const [database, redis, weeklySummaryScheduler] = await Promise.all([
      databaseReadiness(dataSource, config.READY_TIMEOUT_MS),
      connections[0].ping().then(() => true, () => false),
      weeklySummarySchedulerRegistered(queues).catch(() => false),
    ]);
    const healthy = database.ready && redis && weeklySummaryScheduler && Object.values(workersRunning).every(Boolean);
    return {
      healthy,
      detail: { database: database.ready, ...(database.reason ? { reason: database.reason } : {}), redis, weeklySummaryScheduler, workers: workersRunning },
    };
  }, () => stopping, config.READY_TIMEOUT_MS);
  await new Promise<void>((resolve, reject) => {
    health.once('error', reject);
    health.listen(config.WORKER_HEALTH_PORT, config.WORKER_HEALTH_HOST, () => resolve());
  });
  const { port } = health.address() as AddressInfo;
  const host = config.WORKER_HEALTH_HOST === '0.0.0.0' ? '127.0.0.1' : config.WORKER_HEALTH_HOST;

  return {
    healthUrl: `http://${host}:${port}/health`,
    queues,
    workers,
    sweep: () => sweep(config.RECOVERY_SWEEP_INTERVAL_MS),
    async stop() {
      if (stopping) return;
      stopping = true;
      clearInterval(sweeper);
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        Promise.all(workers.map((worker) => worker.close())).then(() => true),
        new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), config.WORKER_SHUTDOWN_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timer);
      if (!finished) {
        log(`Jobs still running after ${config.WORKER_SHUTDOWN_TIMEOUT_MS} ms: leaving them to another worker`);
        await Promise.all(workers.map((worker) => worker.close(true)));
      }
      await new Promise<void>((resolve) => health.close(() => resolve()));
      await queues.close();
      mailer.close();
      await Promise.all(connections.map((connection) => connection.quit().catch(() => connection.disconnect())));
      if (ownsDataSource) await dataSource.destroy();
    },
  };
}
