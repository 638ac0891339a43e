import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** How long a process waits on the database, in milliseconds; 0 means no limit (PostgreSQL's meaning). */
export interface DatabaseTimeouts {
  /** For a free connection from the pool (pg-pool's connectionTimeoutMillis, also used when connecting). */
  acquireMs: number;
  /** For one statement (PostgreSQL's statement_timeout). */
  statementMs: number;
  /** For a row or table lock (lock_timeout). */
  lockMs: number;
  /** A transaction left idle this long is ended by PostgreSQL (idle_in_transaction_session_timeout). */
  idleInTransactionMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { acquireMs: 5_000, statementMs: 15_000, lockMs: 5_000, idleInTransactionMs: 30_000 };

export interface DataSourceOptions {
  /** A postgres:// URL. */
  url: string;
  /** Connections in the pool. @defaultValue 10 */
  poolSize?: number;
  /** Receives every query when given (used to count statements in tests). */
  logger?: Logger;
  applicationName?: string;
  /** @defaultValue DEFAULT_DATABASE_TIMEOUTS */
  timeouts?: DatabaseTimeouts;
}

/** The one way every process builds its DataSource: same entities, same migrations, no synchronize. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'staff-passport-settings',
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
    // Every wait is bounded: pg sends the three settings when each connection starts.
    extra: {
      connectionTimeoutMillis: timeouts.acquireMs,
      statement_timeout: timeouts.statementMs,
      lock_timeout: timeouts.lockMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    },
  });
}

/** Why a database call gave up waiting, in words for the caller; null for other errors. */
export function databaseWaitFailure(error: unknown): { reason: string; message: string } | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (code === '55P03') return { reason: 'lock timeout', message: 'Another change to the same data is still in progress.' };
  if (code === '57014') return { reason: 'statement timeout', message: 'The database took too long to answer.' };
  if (code === '25P03') return { reason: 'idle in transaction timeout', message: 'The change took too long and was stopped.' };
  if (/timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(error.message)) {
    return { reason: 'no free database connection', message: 'The service is busy: every database connection is in use.' };
  }
  return null;
}

export interface PoolState {
  /** Connections the pool may open. */
  size: number;
  /** Open connections. */
  open: number;
  idle: number;
  /** Callers waiting for a connection. */
  waiting: number;
}

/** The connection pool behind a DataSource (pg-pool's counters). */
export function poolState(dataSource: DataSource): PoolState | null {
  const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number; options: { max: number } } }).master;
  if (!pool) return null;
  return { size: pool.options.max, open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

/**
 * Whether the database can take work now, answered within `timeoutMs` whatever happens: not when every
 * connection is busy and callers are waiting for one, nor when `SELECT 1` does not answer in time.
 */
export async function databaseReadiness(dataSource: DataSource, timeoutMs: number): Promise<{ ready: boolean; reason?: string }> {
  const pool = poolState(dataSource);
  if (pool && pool.open >= pool.size && pool.idle === 0 && pool.waiting > 0) {
    return { ready: false, reason: `every database connection (${pool.size}) is busy and ${pool.waiting} caller(s) are waiting for one` };
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<{ ready: boolean; reason: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `the database did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const answered = dataSource.query('SELECT 1').then(
    () => ({ ready: true }),
    (error: unknown) => ({ ready: false, reason: `the database did not answer: ${databaseWaitFailure(error)?.reason ?? (error instanceof Error ? error.message : String(error))}` }),
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Applies every pending migration inside one transaction. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  return applied.map((migration) => migration.name);
}
