import { createLogger, logCallback } from '@staff-passport/core';
import { loadWorkerConfig, type WorkerConfig } from './config';
import { startWorker } from './worker-app';

process.env.LOG_SERVICE ??= 'worker';
const logger = createLogger('worker');

/**
 * The worker process: BullMQ workers for ESR updates, template resolution and weekly summaries, the
 * Monday 08:00 scheduler, and /health and /ready. SIGTERM (or SIGINT) lets active jobs finish, then exits.
 */
async function main(): Promise<void> {
  let config: WorkerConfig;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    logger.fatal(error instanceof Error ? error.message : String(error));
    logger.flush();
    process.exit(1);
  }
  const worker = await startWorker(config, { log: logCallback(logger) });
  logger.info(
    { queuePrefix: config.QUEUE_PREFIX, mail: config.SMTP_URL ? 'smtp' : `files in ${config.MAIL_DIR}` },
    `Staff Passport Settings worker started (queue prefix ${config.QUEUE_PREFIX}); health at ${worker.healthUrl} ready at ${worker.healthUrl.replace(/\/health$/, '/ready')}`,
  );
  const stop = async (signal: string) => {
    logger.info(`${signal} received: finishing active jobs (at most ${config.WORKER_SHUTDOWN_TIMEOUT_MS} ms) and stopping`);
    await worker.stop();
    logger.info('Worker stopped');
    logger.flush();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  logger.flush();
  process.exit(1);
});
