import { z } from 'zod';
import { DEFAULT_DATABASE_TIMEOUTS, type DatabaseTimeouts } from '../db/data-source';

/**
 * Settings with a default for development on one machine that must be given explicitly in production
 * (NODE_ENV=production): the default is a local server without a password.
 */
const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'REDIS_URL'];

/** Every secret in .env.example is a placeholder starting so: a value still holding one was never filled in. */
const PLACEHOLDER = 'change-me';

/**
 * Reads and checks environment variables against a schema, once at start. A process that cannot run
 * with what it was given stops with every problem listed, not with the first failure later on. In
 * production, the connection settings have no defaults; in any mode, .env.example's placeholders are
 * refused.
 */
export function readConfig<S extends z.ZodObject>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const parsed = schema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  for (const name of Object.keys(schema.shape)) {
    const value = env[name];
    if (env.NODE_ENV === 'production' && REQUIRED_IN_PRODUCTION.includes(name) && !value) {
      problems.push(`${name}: is required when NODE_ENV=production (there is no default outside development)`);
    }
    if (value?.includes(PLACEHOLDER)) {
      problems.push(`${name}: still holds the placeholder from .env.example (“${PLACEHOLDER}…”): set a real secret`);
    }
  }
  if (!parsed.success || problems.length > 0) {
    throw new Error(`The environment is not set up correctly:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  return parsed.data;
}

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

/** DATABASE_URL; outside production, a local PostgreSQL by default. */
export const databaseConfigSchema = z.object({
  DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/staff_passport'),
});

const milliseconds = (fallback: number, min = 0) => z.coerce.number().int().min(min).max(3_600_000).default(fallback);

/** How long a process waits on the database; 0 turns a PostgreSQL timeout off. */
export function databaseTimeoutsConfigSchema(defaults: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS) {
  return z.object({
    /** For a free connection of the pool. */
    DATABASE_ACQUIRE_TIMEOUT_MS: milliseconds(defaults.acquireMs, 1),
    /** For one SQL statement (PostgreSQL's statement_timeout). */
    DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(defaults.statementMs),
    /** For a lock held by another transaction (lock_timeout). */
    DATABASE_LOCK_TIMEOUT_MS: milliseconds(defaults.lockMs),
    /** Before PostgreSQL ends a transaction left idle (idle_in_transaction_session_timeout). */
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(defaults.idleInTransactionMs),
  });
}

export function databaseTimeouts(config: z.infer<ReturnType<typeof databaseTimeoutsConfigSchema>>): DatabaseTimeouts {
  return {
    acquireMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
    statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    lockMs: config.DATABASE_LOCK_TIMEOUT_MS,
    idleInTransactionMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/** REDIS_URL; outside production, a local Redis by default. */
export const redisConfigSchema = z.object({
  REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
});
