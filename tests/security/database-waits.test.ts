import { Writable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import { contactsByOrganisation, createDataSource, createLogger, DEFAULT_DATABASE_TIMEOUTS, poolState, type DatabaseTimeouts } from '@staff-passport/core';
import { aTrust, createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import { startTestApi, type TestApi } from '../../apps/api/src/testing/test-api';
import { randomPrefix, testQueues, testWorkerConfig } from '../../apps/worker/src/__tests__/support';
import { startWorker } from '../../apps/worker/src/worker-app';

/**
 * An attacker (or a slow batch) holds locks and connections so that everyone else waits. Every wait
 * is bounded: the caller gets SERVICE_UNAVAILABLE and "Try again" (never an internal error), the API
 * logs why, other requests are answered, and /ready answers at once, saying not ready while the pool
 * is saturated.
 */

let db: TestDatabase;
let trustId: string;
let primaryContact: { id: string; name: string };
const opened: { api: TestApi; pool: DataSource }[] = [];

beforeAll(async () => {
  db = await createTestDatabase('dbwaits');
  trustId = (await aTrust(db.dataSource)).id;
  const [contacts] = await contactsByOrganisation(db.dataSource.manager, [trustId]);
  primaryContact = contacts.find((contact) => contact.role === 'PRIMARY_CONTACT')!;
});
afterAll(async () => {
  for (const { api, pool } of opened) {
    await api.close();
    await pool.destroy();
  }
  await db.drop();
});

/** The API on a pool of its own with these timeouts; its warning lines land in `warnings`. */
async function apiWith(poolSize: number, timeouts: Partial<DatabaseTimeouts>, readyTimeoutMs = 1000) {
  const pool = createDataSource({ url: db.url, poolSize, timeouts: { ...DEFAULT_DATABASE_TIMEOUTS, ...timeouts } });
  await pool.initialize();
  const warnings: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        const parsed = JSON.parse(line) as { level: string; msg: string };
        if (parsed.level === 'warn') warnings.push(parsed.msg);
      }
      done();
    },
  });
  const api = await startTestApi(db, { dataSource: pool, readyTimeoutMs, logger: createLogger('api', { level: 'warn', destination }) });
  opened.push({ api, pool });
  const token = await api.signedInUser(trustId, 'SENIOR_PORTAL_ADMINISTRATOR');
  const ready = () => fetch(api.url.replace(/\/graphql$/, '/ready')).then(async (response) => ({ status: response.status, body: await response.json() }));
  return { api, pool, token, warnings, ready };
}

const renameContact = `mutation ($input: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $input) { name } }`;
const rename = (name: string) => ({ input: { contactId: primaryContact.id, name, email: 'primary@trust.nhs.uk', phone: '0113 496 0000' } });

/** Another transaction holding the primary contact's row, as a long change would. */
async function lockPrimaryContact(): Promise<QueryRunner> {
  const runner = db.dataSource.createQueryRunner();
  await runner.startTransaction();
  await runner.query('SELECT id FROM contact WHERE id = $1 FOR UPDATE', [primaryContact.id]);
  return runner;
}

async function release(runner: QueryRunner): Promise<void> {
  if (runner.isTransactionActive) await runner.rollbackTransaction();
  await runner.release();
}

async function waitUntil(what: string, condition: () => Promise<boolean> | boolean): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Never happened: ${what}`);
}

async function sessionsWaitingOnLocks(): Promise<number> {
  const [{ waiting }] = await db.dataSource.query(
    `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return waiting;
}

const busyAnswer = (message: string) => ({ data: null, errors: [{ message, path: ['updateOrganisationContact'], extensions: { code: 'SERVICE_UNAVAILABLE' } }] });

it('fails a change that waits on a lock past lock_timeout with a clear error, while reads and /ready are answered', async () => {
  const { api, token, warnings, ready } = await apiWith(3, { lockMs: 1000 });
  const lock = await lockPrimaryContact();
  try {
    const change = api.request(renameContact, rename('Blocked change'), token);
    await waitUntil('the change waits on the lock', async () => (await sessionsWaitingOnLocks()) === 1);

    const read = await api.request<{ organisation: { name: string } }>('{ organisation { name } }', undefined, token);
    expect(read.errors).toBeUndefined();
    expect(read.data?.organisation.name).toBeTruthy();
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready', database: true, queues: true } });

    const { status, ...answer } = await change;
    expect(status).toBe(200);
    expect(answer).toEqual(busyAnswer('Another change to the same data is still in progress. Nothing was changed. Try again in a moment.'));
    expect(warnings).toEqual(['Database wait ran out: lock timeout']);
  } finally {
    await release(lock);
  }
  const [contacts] = await contactsByOrganisation(db.dataSource.manager, [trustId]);
  expect(contacts.find((contact) => contact.id === primaryContact.id)!.name).toBe(primaryContact.name);
});

it('stops a statement at statement_timeout with a clear error', async () => {
  // no lock timeout: the statement's own limit is what ends the wait
  const { api, token, warnings } = await apiWith(3, { statementMs: 500, lockMs: 0 });
  const lock = await lockPrimaryContact();
  try {
    const { status, ...answer } = await api.request(renameContact, rename('Slow change'), token);
    expect(status).toBe(200);
    expect(answer).toEqual(busyAnswer('The database took too long to answer. Nothing was changed. Try again in a moment.'));
    expect(warnings).toEqual(['Database wait ran out: statement timeout']);
  } finally {
    await release(lock);
  }
});

describe('a pool of 2 with both connections held by changes waiting on a lock', () => {
  it('says not ready on /ready, naming the saturation, and answers a waiting request with SERVICE_UNAVAILABLE once the acquire timeout passes', async () => {
    const { api, pool, token, warnings, ready } = await apiWith(2, { lockMs: 30_000, acquireMs: 1000 });
    const lock = await lockPrimaryContact();
    try {
      const changes = [api.request(renameContact, rename('First'), token), api.request(renameContact, rename('Second'), token)];
      await waitUntil('both changes wait on the lock', async () => (await sessionsWaitingOnLocks()) === 2);
      const read = api.request('{ organisation { name } }', undefined, token);
      await waitUntil('the read waits for a connection', () => poolState(pool)!.waiting >= 1);

      expect(await ready()).toEqual({
        status: 503,
        body: { status: 'unavailable', database: false, queues: true, reason: 'every database connection (2) is busy and 1 caller(s) are waiting for one' },
      });

      expect(await read).toEqual({
        status: 503,
        data: undefined,
        errors: [{ message: 'The service is busy: every database connection is in use. Nothing was changed. Try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
      expect(warnings).toEqual(['Database wait ran out: no free database connection']);

      await release(lock);
      for (const change of changes) expect((await change).errors).toBeUndefined();
      expect(await ready()).toEqual({ status: 200, body: { status: 'ready', database: true, queues: true } });
    } finally {
      await release(lock);
    }
  });

  it('answers /ready within its own bound when the database does not answer in time', async () => {
    const { pool, ready } = await apiWith(1, { acquireMs: 30_000 }, 300);
    const held = pool.createQueryRunner();
    await held.connect();
    try {
      expect(poolState(pool)).toMatchObject({ size: 1, open: 1, idle: 0, waiting: 0 });
      expect(await ready()).toEqual({
        status: 503,
        body: { status: 'unavailable', database: false, queues: true, reason: 'the database did not answer within 300 ms' },
      });
    } finally {
      await held.release();
    }
  });
});

it('the worker says not ready on /ready while its pool is saturated, and ready again once a connection is free', async () => {
  const pool = createDataSource({ url: db.url, poolSize: 2 });
  await pool.initialize();
  const prefix = randomPrefix('dbwaits');
  // the mail server is never reached: no summary is due
  const worker = await startWorker(testWorkerConfig(db, prefix, 1), { dataSource: pool, log: () => undefined });
  const readyUrl = worker.healthUrl.replace(/\/health$/, '/ready');
  const held = [pool.createQueryRunner(), pool.createQueryRunner()];
  try {
    for (const runner of held) await runner.connect();
    const waiting = pool.query('SELECT 1');
    await waitUntil('a caller waits for a connection', () => poolState(pool)!.waiting >= 1);
    const saturated = await fetch(readyUrl);
    expect(saturated.status).toBe(503);
    expect(await saturated.json()).toMatchObject({
      status: 'unavailable',
      database: false,
      reason: 'every database connection (2) is busy and 1 caller(s) are waiting for one',
    });
    await held[0].release();
    await waiting;
    const freed = await fetch(readyUrl);
    expect(freed.status).toBe(200);
    expect(await freed.json()).toMatchObject({ status: 'ok', database: true, redis: true });
  } finally {
    for (const runner of held) if (!runner.isReleased) await runner.release();
    await worker.stop();
    await testQueues(prefix).obliterateAll();
    await pool.destroy();
  }
});
