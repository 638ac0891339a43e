import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { dropDatabase } from '@staff-passport/core';
import { TEST_POSTGRES_URL } from '@staff-passport/core/testing';
import { loadApiConfig } from '../../apps/api/src/config';
import { loadWorkerConfig } from '../../apps/worker/src/config';

/**
 * A deployment that forgot a setting must not fall back to a passwordless local superuser, keep a
 * placeholder secret from .env.example, or publish demo users: the API, the worker and the seed
 * stop at start, naming the variable.
 */
const root = path.resolve(__dirname, '../..');
jest.setTimeout(120_000);

const API = 'apps/api/dist/main.js';
const WORKER = 'apps/worker/dist/main.js';
const SEED = 'packages/core/dist/db/seed/seed-command.js';

/** Runs a built entry point with exactly this environment (nothing inherited but PATH). */
function run(entry: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const workerSettings = { SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Digital Staff Passport <no-reply@passport.test.nhs.uk>', PORTAL_URL: 'https://portal.test.nhs.uk', WORKER_HEALTH_PORT: '0' };

/** The placeholders of .env.example, as a deployment that copied it and filled nothing in would send them. */
const placeholders = readFileSync(path.join(root, '.env.example'), 'utf8')
  .split('\n')
  .filter((line) => /^[A-Z_]+=change-me/.test(line))
  .map((line) => line.split('=')[1]);

let freshDatabaseUrl: string;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/sps_test_prodconfig_${randomBytes(4).toString('hex')}`;
  freshDatabaseUrl = url.toString();
});
afterAll(async () => {
  await dropDatabase(freshDatabaseUrl);
});

it('finds the placeholders of .env.example', () => {
  expect(placeholders).toEqual(expect.arrayContaining(['change-me-to-a-long-random-password']));
});

describe.each([
  ['the API', API, {}],
  ['the worker', WORKER, workerSettings],
])('%s with NODE_ENV=production', (_, entry, settings) => {
  it('stops without DATABASE_URL, naming it', async () => {
    const { code, output } = await run(entry, { NODE_ENV: 'production', REDIS_URL: redisUrl, ...settings });
    expect(code).not.toBe(0);
    expect(output).toContain('DATABASE_URL: is required when NODE_ENV=production');
    expect(output).not.toContain('REDIS_URL');
  });

  it('stops without REDIS_URL, naming it', async () => {
    const { code, output } = await run(entry, { NODE_ENV: 'production', DATABASE_URL: freshDatabaseUrl, ...settings });
    expect(code).not.toBe(0);
    expect(output).toContain('REDIS_URL: is required when NODE_ENV=production');
    expect(output).not.toContain('DATABASE_URL');
  });

  it('stops when a setting still holds a placeholder of .env.example, naming it', async () => {
    for (const placeholder of placeholders) {
      const database = await run(entry, { NODE_ENV: 'production', DATABASE_URL: `postgres://passport:${placeholder}@127.0.0.1:5432/staff_passport`, REDIS_URL: redisUrl, ...settings });
      expect(database.code).not.toBe(0);
      expect(database.output).toContain('DATABASE_URL: still holds the placeholder from .env.example');
      const redis = await run(entry, { NODE_ENV: 'production', DATABASE_URL: freshDatabaseUrl, REDIS_URL: `redis://:${placeholder}@127.0.0.1:6379`, ...settings });
      expect(redis.code).not.toBe(0);
      expect(redis.output).toContain('REDIS_URL: still holds the placeholder from .env.example');
    }
  });
});

it('keeps the local defaults outside production, for development on one machine', () => {
  expect(loadApiConfig({ NODE_ENV: 'development' })).toMatchObject({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/staff_passport', REDIS_URL: 'redis://127.0.0.1:6379' });
  expect(loadWorkerConfig({ ...workerSettings })).toMatchObject({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/staff_passport', REDIS_URL: 'redis://127.0.0.1:6379' });
});

describe('the seed', () => {
  async function counts(): Promise<{ organisations: number; users: number; staffGroups: number }> {
    const client = new Client({ connectionString: freshDatabaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT (SELECT count(*)::int FROM organisation) AS organisations, (SELECT count(*)::int FROM portal_user) AS users, (SELECT count(*)::int FROM staff_group) AS "staffGroups"`,
      );
      return rows[0];
    } finally {
      await client.end();
    }
  }

  it('stops without DATABASE_URL in production, naming it', async () => {
    const { code, output } = await run(SEED, { NODE_ENV: 'production' });
    expect(code).not.toBe(0);
    expect(output).toContain('DATABASE_URL: is required when NODE_ENV=production');
  });

  it('creates the reference data and no trust or portal user unless SEED_DEMO=true', async () => {
    const { code, output } = await run(SEED, { NODE_ENV: 'production', DATABASE_URL: freshDatabaseUrl });
    expect({ code, output }).toMatchObject({ code: 0, output: expect.stringContaining('Reference data is up to date.') });
    expect(output).not.toMatch(/demo|senior\.admin|Passport-/i);
    expect(await counts()).toEqual({ organisations: 0, users: 0, staffGroups: 10 });
  });

  it('refuses SEED_DEMO=true when NODE_ENV=production, creating nothing', async () => {
    const { code, output } = await run(SEED, { NODE_ENV: 'production', DATABASE_URL: freshDatabaseUrl, SEED_DEMO: 'true' });
    expect(code).not.toBe(0);
    expect(output).toContain('SEED_DEMO: must not be true when NODE_ENV=production: the demo users have published passwords');
    expect(await counts()).toEqual({ organisations: 0, users: 0, staffGroups: 10 });
  });
});
