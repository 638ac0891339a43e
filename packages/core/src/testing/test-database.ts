import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../db/data-source';
import { dropDatabase, ensureDatabaseExists } from '../db/ensure-database';
import { QueryCounter } from '../db/query-counter';
import { seed } from '../db/seed/seed';
import type { BackgroundJob, CommandContext } from '../jobs/outbox';

export interface TestDatabase {
  dataSource: DataSource;
  url: string;
  queryCounter: QueryCounter;
  /**
   * What core commands run with in tests that have no queues: their background work is recorded in the
   * database as always, and the jobs they relay after commit are kept in `relayed` (newest last).
   */
  commands: CommandContext & { relayed: BackgroundJob[] };
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/** The PostgreSQL server tests use; each suite gets a database of its own on it. */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A new database for one test suite, migrated and holding the national reference data, so suites
 * never share state and can run in any order.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/sps_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await ensureDatabaseExists(url.toString());
  const queryCounter = new QueryCounter();
  const dataSource = createDataSource({ url: url.toString(), poolSize: 5, logger: queryCounter });
  await dataSource.initialize();
  await runMigrations(dataSource);
  await seed(dataSource, { demo: false });
  const relayed: BackgroundJob[] = [];
  return {
    dataSource,
    url: url.toString(),
    queryCounter,
    commands: { dataSource, relayed, jobs: { enqueue: async (jobs) => void relayed.push(...jobs) } },
    async drop() {
      await dataSource.destroy();
      await dropDatabase(url.toString());
    },
  };
}
