import { createDataSource, createLogger, JobQueues, logCallback } from '@staff-passport/core';
import { loadApiConfig } from './config';
import { buildApiServer } from './server';

process.env.LOG_SERVICE ??= 'api';
const logger = createLogger('api');

/** Starts the API: validated settings, a database pool, and the HTTP server. Stops cleanly on SIGTERM. */
async function main(): Promise<void> {
  const config = loadApiConfig();
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, applicationName: 'staff-passport-api' });
  await dataSource.initialize();
  const pending = await dataSource.showMigrations();
  if (pending) {
    throw new Error('The database has migrations that have not been applied: run `npm run migrate` first');
  }
  const log = logCallback(logger);
  const jobs = new JobQueues({ connection: config.REDIS_URL, prefix: config.QUEUE_PREFIX, log });
  const { http, apollo } = await buildApiServer(dataSource, config, log, jobs, logger);
  http.listen(config.API_PORT, config.API_HOST, () => {
    const address = http.address();
    const port = typeof address === 'object' && address ? address.port : config.API_PORT;
    logger.info({ port }, `Staff Passport Settings API listening on http://${config.API_HOST}:${port}/graphql`);
  });
  const stop = async (signal: string) => {
    logger.info(`${signal} received: finishing requests and stopping`);
    http.close();
    await apollo.stop();
    await jobs.close();
    await dataSource.destroy();
    logger.info('API stopped');
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
