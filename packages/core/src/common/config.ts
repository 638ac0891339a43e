import { z } from 'zod';

/**
 * Reads and checks environment variables against a schema, once at start. A process that cannot run
 * with what it was given stops with every problem listed, not with the first failure later on.
 */
export function readConfig<S extends z.ZodObject>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`The environment is not set up correctly:\n${problems}`);
  }
  return parsed.data;
}

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

export const databaseConfigSchema = z.object({
  DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/staff_passport'),
});

export const redisConfigSchema = z.object({
  REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
});
