import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createLogger, JobQueues } from '@staff-passport/core';
import { createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import { buildApiServer, type ApiServer } from '../server';

/** Request ids, structured log lines and /ready: what operations rely on. */
let db: TestDatabase;
let server: ApiServer;
let jobs: JobQueues;
let base: string;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = await createTestDatabase('api_operations');
  jobs = new JobQueues({ connection: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: 'sps-test-operations' });
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger('api', { level: 'info', destination });
  server = await buildApiServer(
    db.dataSource,
    { GRAPHQL_INTROSPECTION: false, NODE_ENV: 'test' },
    undefined,
    jobs,
    logger,
  );
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.http.close();
  await server?.apollo.stop();
  await jobs?.close();
  await db?.drop();
});

const query = (headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ me { displayName } }' }) });

it("returns the caller's x-request-id and puts it on the request's log lines", async () => {
  const response = await query({ 'x-request-id': 'trace-123.abc' });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-request-id')).toBe('trace-123.abc');
  await new Promise((resolve) => setImmediate(resolve));
  expect(lines.find((line) => line.requestId === 'trace-123.abc')).toMatchObject({
    level: 'info',
    service: 'api',
    msg: 'request',
    method: 'POST',
    path: '/graphql',
    status: 200,
  });
});

it('makes a request id when there is none, or when the one given is not a sensible token', async () => {
  const none = (await query()).headers.get('x-request-id');
  expect(none).toMatch(/^[0-9a-f-]{36}$/);
  const odd = (await query({ 'x-request-id': 'has spaces and <tags>' })).headers.get('x-request-id');
  expect(odd).toMatch(/^[0-9a-f-]{36}$/);
  expect(odd).not.toBe(none);
});

it('answers /health and /ready (database and queue backend reachable)', async () => {
  expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${base}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', database: true, queues: true });
});

it('answers 503 on /ready, naming what is down, while the queue backend cannot be reached', async () => {
  const closedPort = await new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const unreachable = new JobQueues({ connection: `redis://127.0.0.1:${closedPort}`, prefix: 'sps-test-operations-down' });
  const cut = await buildApiServer(
    db.dataSource,
    { GRAPHQL_INTROSPECTION: false, NODE_ENV: 'test' },
    () => undefined,
    unreachable,
    createLogger('api', { level: 'silent' }),
  );
  await new Promise<void>((resolve) => cut.http.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(cut.http.address() as AddressInfo).port}`;
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: true, queues: false, reason: 'the queue backend did not answer' });
  } finally {
    cut.http.close();
    await cut.apollo.stop();
    await unreachable.close();
  }
});
