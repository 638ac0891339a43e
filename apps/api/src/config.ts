import { DEFAULT_MAX_FAILURES_PER_ADDRESS, databaseConfigSchema, jobsConfigSchema, mfaConfigSchema, readConfig } from '@staff-passport/core';
import { ClientAddresses, DEFAULT_TRUSTED_PROXIES } from './client-address';
import { z } from 'zod';

export const DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS = 60;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const apiConfigSchema = databaseConfigSchema.extend(jobsConfigSchema.shape).extend({
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Schema introspection: on for local use, off in production unless asked for. */
  GRAPHQL_INTROSPECTION: flag.optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Deepest selection a query may have. */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  /** Largest computed cost (graphql-armor's cost model) a query may have. */
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(20000),
  /**
   * How long one API process may answer from its copy of the national reference data (staff groups,
   * credential catalogue, default templates) before reading it again; 0 reads it on every request.
   * The seed is the only thing that changes it, and an id missing from the copy makes a request read
   * it again at once.
   */
  REFERENCE_DATA_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86400).default(DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS),
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

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const config = readConfig(apiConfigSchema, env);
  readConfig(mfaConfigSchema, env);
  return { ...config, GRAPHQL_INTROSPECTION: config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production' };
}
