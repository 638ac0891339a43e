import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_USERS, totpCode } from '@staff-passport/core';

/**
 * `npm start` with nothing but Node and redis-server: DATABASE_URL, REDIS_URL and SMTP_URL unset, a
 * temporary data folder. The API and worker come up on the embedded PostgreSQL, a person signs in
 * through the API, a summary email lands in the folder as an .eml file, Ctrl-C stops everything, and
 * a second start finds the same data and the same session. (The portal is left out here: the e2e
 * suite covers it.)
 */
const root = path.resolve(__dirname, '../..');
jest.setTimeout(180_000);

let dataDir: string;
const started: ChildProcess[] = [];

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

async function startStack(apiPort: number): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const manifest = path.join(dataDir, 'persisted-documents.json');
  writeFileSync(manifest, JSON.stringify({ ...portalManifest, [SUMMARY_NOW_ID]: SUMMARY_NOW }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    API_PORT: String(apiPort),
    START_SERVICES: 'api,worker',
    START_SKIP_BUILD: '1',
    PERSISTED_DOCUMENTS_PATH: manifest,
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'MAIL_DIR', 'JEST_WORKER_ID', 'NODE_OPTIONS', 'API_URL', 'QUEUE_PREFIX']) delete env[name];
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 120_000;
  while (!output.includes('Staff Passport Settings is running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output.slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output, exited };
}

async function graphql(apiPort: number, query: string | object, token?: string): Promise<Record<string, any>> {
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(typeof query === 'string' ? { query } : query),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const signIn = 'mutation { signIn(username: "senior.admin", password: "Passport-Senior-2026") { challengeToken } }';
/** The demo's second factor, as a person with the published secret in their authenticator app gives it. */
const completeSignIn = (challengeToken: string) =>
  `mutation { completeSignIn(challengeToken: "${challengeToken}", code: "${totpCode(DEMO_USERS.find((user) => user.username === 'senior.admin')!.totpSecret!)}") { token } }`;

/**
 * A portal session runs only operations in the portal's manifest, by id. The portal has no "send
 * the summary now" button, so this API gets the portal's manifest plus that one operation
 * (PERSISTED_DOCUMENTS_PATH), as the portal's would hold it.
 */
const portalManifest = JSON.parse(readFileSync(path.join(root, 'apps/web/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const SUMMARY_NOW = 'mutation SummaryNow { sendSummaryNow(team: HR) { id } }';
const SUMMARY_NOW_ID = `sha256:${createHash('sha256').update(SUMMARY_NOW).digest('hex')}`;
const byId = (id: string | undefined) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
const portalLayout = byId(Object.keys(portalManifest).find((id) => /\bquery PortalLayout\b/.test(portalManifest[id])));

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  dataDir = mkdtempSync(path.join(tmpdir(), 'sps-start-'));
});
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const haveRedisServer = execFileSync('sh', ['-c', 'command -v redis-server || true'], { encoding: 'utf8' }).trim() !== '';
const maybe = haveRedisServer ? it : it.skip;

maybe('runs on an embedded database and keeps its data across a restart', async () => {
  const apiPort = await freePort();
  const first = await startStack(apiPort);
  expect(first.output()).toContain('embedded PostgreSQL (PGlite)');
  expect(first.output()).toContain('private redis-server');

  const ready = await fetch(`http://127.0.0.1:${apiPort}/ready`);
  expect(await ready.json()).toMatchObject({ status: 'ready', database: true, queues: true });
  const { signIn: challenge } = await graphql(apiPort, signIn);
  const { completeSignIn: session } = await graphql(apiPort, completeSignIn(challenge.challengeToken));
  expect((await graphql(apiPort, portalLayout, session.token)).me).toMatchObject({ displayName: 'Sam Senior' });
  const { sendSummaryNow } = await graphql(apiPort, byId(SUMMARY_NOW_ID), session.token);

  const mail = path.join(dataDir, 'mail');
  const deadline = Date.now() + 30_000;
  while (!(existsSync(mail) && readdirSync(mail).some((name) => name.includes(sendSummaryNow.id)))) {
    if (Date.now() > deadline) throw new Error(`no .eml file for ${sendSummaryNow.id}:\n${first.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  first.child.kill('SIGINT');
  expect(await first.exited).toBe(0);
  expect(first.output()).toMatch(/\[worker\]\s+stopped \(exit code 0\)/);
  expect(first.output()).toMatch(/\[api\]\s+stopped \(exit code 0\)/);

  const second = await startStack(apiPort);
  expect(second.output()).toContain('The demo trust RX1 already exists');
  const { me } = await graphql(apiPort, portalLayout, session.token);
  expect(me).not.toBeNull();
  second.child.kill('SIGINT');
  expect(await second.exited).toBe(0);
});
