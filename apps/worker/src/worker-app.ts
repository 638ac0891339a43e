import type { AddressInfo } from 'node:net';
import { Worker, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import {
  createDataSource,
  createLogger,
  databaseReadiness,
  databaseTimeouts,
  JobQueues,
  logCallback,
  QueueName,
  redisConnection,
  WEEKLY_SUMMARY_PATTERN,
  WEEKLY_SUMMARY_SCHEDULER_ID,
  WEEKLY_SUMMARY_TIME_ZONE,
} from '@staff-passport/core';
import type { WorkerConfig } from './config';
import { esrCredentialUpdatesProcessor } from './esr-credential-updates.job';
import { createHealthServer } from './health';
import { createSummaryMailer } from './mail/mail-transport';
import { recoverUnfinishedWork } from './recovery';
import { summaryEmailProcessor } from './summary-email.job';
import { templateResolutionProcessor } from './template-resolution.job';
import { weeklySummaryProcessor } from './weekly-summary.job';

export type WorkerLog = (message: string, error?: unknown) => void;

export interface RunningWorker {
  /** e.g. http://127.0.0.1:4100/health */
  healthUrl: string;
  queues: JobQueues;
  workers: Worker[];
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
 * workers start), sweeps for work whose job was lost, and serves /health.
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
  const mailer = createSummaryMailer({ smtpUrl: config.SMTP_URL, mailDir: config.MAIL_DIR, from: config.MAIL_FROM, portalUrl: config.PORTAL_URL });
  let stopping = false;

  const processors: [QueueName, Processor][] = [
    [QueueName.EsrCredentialUpdates, esrCredentialUpdatesProcessor(dataSource) as Processor],
    [QueueName.TemplateResolution, templateResolutionProcessor(dataSource, () => stopping) as Processor],
    [QueueName.WeeklySummary, weeklySummaryProcessor(dataSource, queues, mailDomain(config.MAIL_FROM)) as Processor],
    [QueueName.SummaryEmail, summaryEmailProcessor(dataSource, mailer) as Processor],
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

  await queues.queue(QueueName.WeeklySummary).upsertJobScheduler(
    WEEKLY_SUMMARY_SCHEDULER_ID,
    { pattern: WEEKLY_SUMMARY_PATTERN, tz: WEEKLY_SUMMARY_TIME_ZONE },
    { name: 'plan-week', data: {}, opts: queues.jobOptions(QueueName.WeeklySummary) },
  );

  const sweep = async (olderThanMs: number) => {
    try {
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
    const [database, redis] = await Promise.all([
      databaseReadiness(dataSource, config.READY_TIMEOUT_MS),
      connections[0].ping().then(() => true, () => false),
    ]);
    const healthy = database.ready && redis && Object.values(workersRunning).every(Boolean);
    return { healthy, detail: { database: database.ready, ...(database.reason ? { reason: database.reason } : {}), redis, workers: workersRunning } };
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
