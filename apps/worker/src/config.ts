import { DEFAULT_DATABASE_TIMEOUTS, databaseConfigSchema, databaseTimeoutsConfigSchema, jobsConfigSchema, readConfig } from '@staff-passport/core';
import { z } from 'zod';

const milliseconds = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * The worker's statements are set-based runs over a whole trust (template resolution of tens of
 * thousands of staff): they get longer than a request's 15 s.
 */
const WORKER_DATABASE_TIMEOUTS = { ...DEFAULT_DATABASE_TIMEOUTS, statementMs: 300_000 };

/** Every setting of the worker, from environment variables, checked once at start. */
export const workerConfigSchema = databaseConfigSchema
  .extend(jobsConfigSchema.shape)
  .extend(databaseTimeoutsConfigSchema(WORKER_DATABASE_TIMEOUTS).shape)
  .extend({
  /** The mail server for every email (summaries and account emails). Without it, MAIL_DIR must be set. */
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^/]+/.test(value), 'must be an smtp:// or smtps:// URL, e.g. smtp://smtp.example.nhs.uk:587')
    .optional(),
  /** Development without a mail server: each email is kept in this folder as an .eml file instead of sent. */
  MAIL_DIR: z.string().min(1).optional(),
  MAIL_FROM: z
    .string({ error: 'is required: the sender of summary emails, e.g. "Digital Staff Passport <no-reply@passport.nhs.uk>"' })
    .refine((value) => /^(.+<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(value.trim()), 'must be an email address, optionally as "Name <address>"'),
  PORTAL_URL: z
    .string({ error: 'is required: the portal address that emails link to (summaries, invitations, password resets), e.g. https://passport.example.nhs.uk' })
    .refine((value) => /^https?:\/\/[^/]+/.test(value), 'must be an http:// or https:// URL'),
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  WORKER_HEALTH_HOST: z.string().default('0.0.0.0'),
  /** How long GET /ready waits for the database and the queue backend before it says not ready. */
  READY_TIMEOUT_MS: milliseconds(2000),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
  /** Jobs each queue's worker runs at once. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  /** How long SIGTERM waits for active jobs before leaving them to another worker. */
  WORKER_SHUTDOWN_TIMEOUT_MS: milliseconds(25_000),
  /** A job whose worker stops renewing its lock for this long is stalled and run again elsewhere. */
  WORKER_LOCK_DURATION_MS: milliseconds(30_000),
  WORKER_STALLED_INTERVAL_MS: milliseconds(30_000),
  /** First retry delay of an email (summary or account) after an SMTP failure; doubles each try. */
  SUMMARY_RETRY_DELAY_MS: milliseconds(60_000),
  SUMMARY_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** How often work whose job was lost (stored, never enqueued) is looked for. */
  RECOVERY_SWEEP_INTERVAL_MS: milliseconds(60_000),
}).refine((config) => config.SMTP_URL || config.MAIL_DIR, {
  path: ['SMTP_URL'],
  message: 'is required: the mail server for summary emails, e.g. smtp://user:password@smtp.example.nhs.uk:587 (or, in development, MAIL_DIR: a folder to keep them in as .eml files)',
});

export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  return readConfig(workerConfigSchema, env);
}
