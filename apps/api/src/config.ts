import { DEFAULT_MAX_FAILURES_PER_ADDRESS, databaseConfigSchema, databaseTimeoutsConfigSchema, jobsConfigSchema, mfaConfigSchema, readConfig } from '@staff-passport/core';
import { ClientAddresses, DEFAULT_TRUSTED_PROXIES } from './client-address';
import { z } from 'zod';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './query-limits';

export const DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS = 60;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

const limit = (fallback: number, min: number) => z.coerce.number().int().min(min).default(fallback);

export const apiConfigSchema = databaseConfigSchema.extend(jobsConfigSchema.shape).extend(databaseTimeoutsConfigSchema().shape).extend({
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Schema introspection: on for local use, off in production unless asked for. */
  GRAPHQL_INTROSPECTION: flag.optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Deepest nesting of fields a query may have. */
  GRAPHQL_MAX_DEPTH: limit(DEFAULT_QUERY_LIMITS.maxDepth, 2),
  /** Aliased fields an operation may have. */
  GRAPHQL_MAX_ALIASES: limit(DEFAULT_QUERY_LIMITS.maxAliases, 0),
  /** Lexical tokens a document may have. */
  GRAPHQL_MAX_TOKENS: limit(DEFAULT_QUERY_LIMITS.maxTokens, 100),
  /** Largest cost a query may have: each field counts once per item of the pages and lists above it. */
  GRAPHQL_MAX_COST: limit(DEFAULT_QUERY_LIMITS.maxCost, 100),
  /** How long one operation may execute before the rest of it is refused. */
  GRAPHQL_MAX_EXECUTION_MS: limit(DEFAULT_QUERY_LIMITS.maxExecutionMs, 100),
  /** How long GET /ready waits for the database and the queues before it says not ready. */
  READY_TIMEOUT_MS: limit(2000, 100),
  /**
   * How long one API process may answer from its copy of the national reference data (staff groups,
   * credential catalogue, default templates) before reading it again; 0 reads it on every request.
   * The seed is the only thing that changes it, and an id missing from the copy makes a request read
   * it again at once.
   */
  REFERENCE_DATA_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86400).default(DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS),
  /**
   * How long an answer of a portal page's query may be kept in Redis (answer-cache.ts), at most
   * REFERENCE_DATA_MAX_AGE_SECONDS; 0 keeps none. Trust data never makes an answer stale: every change
   * of a trust changes the key its answers are found by.
   */
  ANSWER_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86400).default(DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Encrypts the TOTP secrets (rule 7): 32 random bytes, base64; required in production (checked by mfaConfigSchema). */
  MFA_ENCRYPTION_KEY: z.string().optional(),
  /** Proxies whose X-Forwarded-For names the client for the sign-in limits (client-address.ts), e.g. the portal's server. */
  TRUSTED_PROXIES: z
    .string()
    .default(DEFAULT_TRUSTED_PROXIES)
    .refine((value) => {
      try {
        return Boolean(new ClientAddresses(value));
      } catch {
        return false;
      }
    }, 'must be IP addresses or CIDR ranges, comma-separated, e.g. 127.0.0.1,::1,10.0.0.0/8'),
  /** Failed sign-ins from one client address per 15 minutes. */
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(10).max(100_000).default(DEFAULT_MAX_FAILURES_PER_ADDRESS),
});

export type ApiConfig = z.infer<typeof apiConfigSchema> & { GRAPHQL_INTROSPECTION: boolean };

/** The query limits a configuration sets; any it leaves out keep their defaults. */
export function queryLimits(
  config: Partial<Pick<ApiConfig, 'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_ALIASES' | 'GRAPHQL_MAX_TOKENS' | 'GRAPHQL_MAX_COST' | 'GRAPHQL_MAX_EXECUTION_MS'>>,
): QueryLimits {
  return {
    maxDepth: config.GRAPHQL_MAX_DEPTH ?? DEFAULT_QUERY_LIMITS.maxDepth,
    maxAliases: config.GRAPHQL_MAX_ALIASES ?? DEFAULT_QUERY_LIMITS.maxAliases,
    maxTokens: config.GRAPHQL_MAX_TOKENS ?? DEFAULT_QUERY_LIMITS.maxTokens,
    maxCost: config.GRAPHQL_MAX_COST ?? DEFAULT_QUERY_LIMITS.maxCost,
    maxExecutionMs: config.GRAPHQL_MAX_EXECUTION_MS ?? DEFAULT_QUERY_LIMITS.maxExecutionMs,
  };
}

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const config = readConfig(apiConfigSchema, env);
  readConfig(mfaConfigSchema, env);
  return { ...config, GRAPHQL_INTROSPECTION: config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production' };
}
