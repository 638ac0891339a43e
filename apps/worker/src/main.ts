import { loadWorkerConfig, type WorkerConfig } from './config';
import { startWorker } from './worker-app';

/**
 * The worker process: BullMQ workers for ESR updates, template resolution and weekly summaries, the
 * Monday 08:00 scheduler, and /health. SIGTERM (or SIGINT) lets active jobs finish, then exits.
 */
async function main(): Promise<void> {
  let config: WorkerConfig;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const worker = await startWorker(config);
  console.log(`Staff Passport Settings worker started (queue prefix ${config.QUEUE_PREFIX}); health at ${worker.healthUrl}`);
  const stop = async (signal: string) => {
    console.log(`${signal} received: finishing active jobs (at most ${config.WORKER_SHUTDOWN_TIMEOUT_MS} ms) and stopping`);
    await worker.stop();
    console.log('Worker stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
