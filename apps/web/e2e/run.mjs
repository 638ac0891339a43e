// End-to-end run from a clean clone (after `npm ci` and the root `npm run build`): a fresh
// database, the real seed, the real API and the built portal, driven by Debian's Chromium.
// Prints `N passed, M failed` last and exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../../../scripts/free-port.mjs';
import { runAttacks } from '../../../tests/security/portal/attacks.mjs';
import { runAccountFlows } from './account-flows.mjs';
import { runFlows } from './flows.mjs';
import { runSelfServiceFlows } from './self-service-flows.mjs';

const webRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.join(webRoot, '..', '..');
const adminUrl = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const children = [];

function log(message) {
  console.log(`[e2e] ${message}`);
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-4000)}`))));
  });
}

function start(name, command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  child.output = '';
  child.stdout.on('data', (d) => (child.output += d));
  child.stderr.on('data', (d) => (child.output += d));
  child.name = name;
  children.push(child);
  return child;
}

async function waitFor(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.name} exited early:\n${child.output.slice(-4000)}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${child.name} did not answer at ${url} within ${timeoutMs} ms:\n${child.output.slice(-4000)}`);
}

function stopAll() {
  for (const child of children.reverse()) {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

async function main() {
  for (const file of ['packages/core/dist/db/seed/seed-command.js', 'apps/api/dist/main.js', 'apps/worker/dist/main.js']) {
    if (!existsSync(path.join(repoRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` from the repository root first`);
  }
  if (!existsSync(chromium)) throw new Error(`No Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH)`);

  const database = `sps_e2e_${randomBytes(4).toString('hex')}`;
  let mailDir = null;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${database}`;
  const databaseUrl = dbUrl.toString();
  log(`database ${database}`);
  try {
    // its own queues, and a folder for the emails the worker writes (the portal's Sent emails page)
    mailDir = path.join(webRoot, 'e2e-output', `${database}-mail`);
    mkdirSync(mailDir, { recursive: true });
    const baseEnv = { ...process.env, DATABASE_URL: databaseUrl, QUEUE_PREFIX: database, MAIL_DIR: mailDir, NEXT_TELEMETRY_DISABLED: '1', SEED_DEMO: 'true' };
    await run(process.execPath, ['packages/core/dist/db/seed/seed-command.js'], { cwd: repoRoot, env: baseEnv });
    log('seeded');

    const apiPort = await freePort();
    const api = start('api', process.execPath, ['apps/api/dist/main.js'], {
      cwd: repoRoot,
      env: { ...baseEnv, API_PORT: String(apiPort), API_HOST: '127.0.0.1', NODE_ENV: 'test' },
    });
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;

    if (process.env.E2E_SKIP_BUILD !== '1') {
      log('next build');
      await run('npm', ['run', 'build'], { cwd: webRoot, env: { ...baseEnv, API_URL: apiUrl } });
    }
    await waitFor(`http://127.0.0.1:${apiPort}/health`, api);
    log(`api on ${apiPort}`);

    const webPort = await freePort();
    const baseUrl = `http://127.0.0.1:${webPort}`;
    // account emails (invitations, password resets) go out through the worker, as in production
    const worker = start('worker', process.execPath, ['apps/worker/dist/main.js'], {
      cwd: repoRoot,
      env: { ...baseEnv, NODE_ENV: 'test', PORTAL_URL: baseUrl, MAIL_FROM: 'Digital Staff Passport <no-reply@passport.nhs.uk>', WORKER_HEALTH_PORT: '0', WORKER_HEALTH_HOST: '127.0.0.1' },
    });
    const nextBin = path.join(path.dirname(fileURLToPath(import.meta.resolve('next/package.json'))), 'dist', 'bin', 'next');
    const webEnv = {
      ...baseEnv,
      NODE_ENV: 'production',
      API_URL: apiUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
    };
    const web = start('web', process.execPath, [nextBin, 'start', '-p', String(webPort), '-H', '127.0.0.1'], { cwd: webRoot, env: webEnv });
    await waitFor(`${baseUrl}/sign-in`, web);
    log(`web on ${webPort}`);

    const screenshots = path.join(webRoot, 'e2e-output', new Date().toISOString().replace(/[:.]/g, '-'));
    mkdirSync(screenshots, { recursive: true });
    log(`screenshots in ${screenshots}`);
    const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : null;
    if (worker.exitCode !== null) throw new Error(`the worker exited early:\n${worker.output.slice(-4000)}`);
    const flows = await runFlows({ baseUrl, apiUrl, databaseUrl, chromium, screenshots, only });
    const accounts = await runAccountFlows({ baseUrl, apiUrl, databaseUrl, chromium, screenshots, only });
    // the attack suite (tests/security/portal) against the same API and portal
    const attacks = await runAttacks({ baseUrl, apiUrl, chromium, screenshots, portal: { nextBin, webRoot, env: webEnv } });
    // last: they change portal.admin's password
    const selfService = await runSelfServiceFlows({ baseUrl, apiUrl, chromium, screenshots, only, mailDir });
    return {
      passed: flows.passed + accounts.passed + attacks.passed + selfService.passed,
      failed: flows.failed + accounts.failed + attacks.failed + selfService.failed,
    };
  } finally {
    stopAll();
    await new Promise((r) => setTimeout(r, 500));
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch((error) => log(`could not drop ${database}: ${error.message}`));
    await admin.end();
    if (mailDir) rmSync(mailDir, { recursive: true, force: true });
    log(`dropped ${database}`);
  }
}

main()
  .then(({ passed, failed }) => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  })
  .catch((error) => {
    stopAll();
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
