import { z } from 'zod';
import { redisConfigSchema } from '../common/config';
import { DEFAULT_QUEUE_PREFIX } from './job-queues';

/** What the API and the worker need to reach the queues. */
export const jobsConfigSchema = redisConfigSchema.extend({
  /** Namespaces the queues' Redis keys, e.g. to share one Redis between environments. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1 to 40 letters, digits, - or _ (no colon)')
    .default(DEFAULT_QUEUE_PREFIX),
});
