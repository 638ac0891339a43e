import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { weeklySummaryJob } from '@staff-passport/core';
import { aTrust, createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import { randomPrefix, startSmtpServer, testQueues, testWorkerEnv, waitFor } from './support';

/**
 * The built worker as a real process: killed with SIGKILL in the middle of a dispatch run, then
 * started again, it sends exactly one email per (trust, team) for the week.
 */
const root = path.resolve(__dirname, '../../../..');

let db: TestDatabase;
let queues: ReturnType<typeof testQueues>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let prefix: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  db = await createTestDatabase('worker_crash');
  prefix = randomPrefix('crash');
  queues = testQueues(prefix);
  // the second message is held mid-DATA, never answered: the worker is killed while sending it
  smtp = await startSmtpServer({ reply: (count) => (count === 2 ? 'hold' : 'accept') });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await queues?.obliterateAll();
  await smtp?.close();
  await db?.drop();
});

function startWorkerProcess(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(root, 'apps/worker/dist/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH, ...testWorkerEnv(db, prefix, smtp.port, { WORKER_CONCURRENCY: '1' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const sentCount = async () =>
  Number((await db.dataSource.query(`SELECT count(*) AS count FROM summary_dispatch WHERE status = 'SENT'`))[0].count);

describe('a worker killed in the middle of a dispatch run', () => {
  it('sends exactly one email per trust and team for the week once it is started again', async () => {
    const trusts = [await aTrust(db.dataSource), await aTrust(db.dataSource)];
    const first = startWorkerProcess();
    await waitFor('the worker to start', () => first.output().includes('health at'), 30_000);
    await queues.enqueue([weeklySummaryJob({ isoWeek: '2026-W48' })]);

    await waitFor('one email sent and the next one in the middle of sending', async () =>
      smtp.received.length === 1 && smtp.dataStarted() === 2 && (await sentCount()) === 1);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const second = startWorkerProcess();
    await waitFor('the worker to start again', () => second.output().includes('health at'), 30_000);
    const healthUrl = /health at (http:\/\/[^\s"]+)/.exec(second.output())![1];
    expect(await (await fetch(healthUrl)).json()).toMatchObject({ status: 'ok' });
    expect(await (await fetch(healthUrl.replace(/\/health$/, '/ready'))).json()).toMatchObject({ status: 'ok', database: true, redis: true });

    // the interrupted job's lock lapses, stalled-job recovery runs it again, and the rest follow
    await waitFor('every dispatch of the week to be sent', async () => (await sentCount()) === 4, 30_000);
    const messageIds = smtp.received.map((mail) => mail.parsed.messageId).sort();
    const expected = trusts
      .flatMap((trust) => ['hr', 'occupational_health'].map((team) => `<weekly-summary.${team}.2026-W48.${trust.id}@passport.test.nhs.uk>`))
      .sort();
    expect(messageIds).toEqual(expected);

    // SIGTERM: it finishes what it is doing and exits cleanly
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('Worker stopped');
  });
});
