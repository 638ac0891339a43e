import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createApiClient, QueueName, WEEKLY_SUMMARY_SCHEDULER_ID } from '@staff-passport/core';
import { aStaffMember, aTrust, idsByCode, createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import { randomPrefix, testQueues, testWorkerEnv, waitFor } from '../../apps/worker/src/__tests__/support';

/**
 * Two built API processes and two built worker processes on one PostgreSQL and one Redis behave as
 * one: one weekly scheduler however many workers registered it, every ESR batch sent to either API
 * applied exactly once (one try of one job each), and both APIs answer.
 */
const root = path.resolve(__dirname, '../..');
jest.setTimeout(120_000);

let db: TestDatabase;
let prefix: string;
let queues: ReturnType<typeof testQueues>;
const children: { name: string; child: ChildProcess; output: () => string }[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function start(name: string, script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(root, script)], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const entry = { name, child, output: () => output };
  children.push(entry);
  return entry;
}

async function graphql(port: number, query: string, variables: Record<string, unknown>, key: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed on port ${port}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  db = await createTestDatabase('scale');
  prefix = randomPrefix('scale');
  queues = testQueues(prefix);
});
afterAll(async () => {
  await Promise.all(
    children.map(({ child }) =>
      child.exitCode === null && child.signalCode === null
        ? new Promise((resolve) => {
            child.once('exit', resolve);
            child.kill('SIGTERM');
          })
        : undefined,
    ),
  );
  await queues?.obliterateAll();
  await db?.drop();
});

it('runs two APIs and two workers as one', async () => {
  const workerEnv = testWorkerEnv(db, prefix, 2, { WORKER_CONCURRENCY: '2', LOG_LEVEL: 'info' });
  const workers = [start('worker-1', 'apps/worker/dist/main.js', workerEnv), start('worker-2', 'apps/worker/dist/main.js', workerEnv)];
  const apiPorts = [await freePort(), await freePort()];
  const apiEnv = (port: number) => ({ DATABASE_URL: db.url, REDIS_URL: workerEnv.REDIS_URL, QUEUE_PREFIX: prefix, API_PORT: String(port), API_HOST: '127.0.0.1', NODE_ENV: 'test', DATABASE_POOL_SIZE: '4' });
  apiPorts.forEach((port, i) => start(`api-${i + 1}`, 'apps/api/dist/main.js', apiEnv(port)));

  for (const port of apiPorts) {
    await waitFor(`the API on ${port} to be ready`, () => fetch(`http://127.0.0.1:${port}/ready`).then((response) => response.ok, () => false), 30_000);
  }
  for (const worker of workers) await waitFor(`${worker.name} to start`, () => worker.output().includes('health at'), 30_000);

  // one scheduler, and one next firing of it, however many workers upserted it
  const weekly = queues.queue(QueueName.WeeklySummary);
  const schedulers = await weekly.getJobSchedulers();
  expect(schedulers.map((scheduler) => scheduler.key)).toEqual([WEEKLY_SUMMARY_SCHEDULER_ID]);
  expect(await weekly.getDelayedCount()).toBe(1);

  // ESR batches sent to the two APIs in turn
  const trust = await aTrust(db.dataSource);
  const { apiKey } = await createApiClient(db.dataSource, { name: 'ESR feed', odsCode: trust.odsCode, scopes: ['esr:write'] });
  const groups = await idsByCode(db.dataSource, 'staff_group');
  const people = await Promise.all(Array.from({ length: 20 }, () => aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['03'] })));
  const record = `mutation ($input: RecordEsrCredentialUpdatesInput!) { recordEsrCredentialUpdates(input: $input) { id status stored } }`;
  const batches = await Promise.all(
    people.map(async (person, i) => {
      const { recordEsrCredentialUpdates: batch } = await graphql(
        apiPorts[i % 2],
        record,
        { input: { updates: [{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'FIRE_SAFETY', version: 1 }] } },
        apiKey,
      );
      expect(batch).toMatchObject({ status: 'QUEUED', stored: 1 });
      return batch.id as string;
    }),
  );

  await waitFor(
    'every batch to be applied',
    async () => {
      const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM esr_update_batch WHERE status = 'APPLIED'`);
      return count === batches.length;
    },
    60_000,
  );
  const esr = queues.queue(QueueName.EsrCredentialUpdates);
  const jobs = (await esr.getJobs(['completed', 'failed', 'active', 'wait', 'delayed'])).filter(Boolean);
  expect(jobs).toHaveLength(batches.length);
  for (const job of jobs) {
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(1);
    expect(job.stalledCounter ?? 0).toBe(0);
  }
  const applied = await db.dataSource.query(
    `SELECT issued + awaiting_manual_issue + unchanged AS outcomes FROM esr_update_batch WHERE id = ANY($1::uuid[])`,
    [batches],
  );
  expect(applied.map((row: { outcomes: number }) => row.outcomes)).toEqual(batches.map(() => 1));
  const records = await db.dataSource.query(
    `SELECT count(*)::int AS count FROM credential_record r JOIN staff_member s ON s.id = r.staff_member_id WHERE s.organisation_id = $1`,
    [trust.id],
  );
  expect(records[0].count).toBe(people.length);

  // both APIs still answer, and every process stops cleanly
  for (const port of apiPorts) expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  for (const { child, name, output } of children) {
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (exitCode) => resolve(exitCode));
      child.kill('SIGTERM');
    });
    if (code !== 0) throw new Error(`${name} stopped with ${code}:\n${output().slice(-3000)}`);
  }
});
