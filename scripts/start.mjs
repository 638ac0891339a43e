// `npm start`: the whole product on one machine. Builds everything, brings the database up to date
// with demo data, then runs the API, the worker and the portal together with labelled logs, and stops
// them together on Ctrl-C (the worker finishes its active jobs first).
//
// What it needs, and what it does without it:
//   DATABASE_URL unset → an embedded PostgreSQL (PGlite) with its data in $DATA_DIR/postgres
//   REDIS_URL unset    → a private redis-server (from the PATH) with its data in $DATA_DIR/redis
//   SMTP_URL unset     → emails kept as .eml files in $DATA_DIR/mail, listed on the portal's "Sent emails" page
// DATA_DIR defaults to ./data. Data survives a restart. SEED_DEMO defaults to true here (the demo trust
// and its demo users, whose passwords are published); SEED_DEMO=false npm start leaves them out.
//
// For tests and scripts: START_SERVICES (default api,worker,web), START_SKIP_BUILD=1, and
// START_JSON_LOGS=1 (the processes' JSON log lines as they are, not made readable).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { freePort } from './free-port.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const env = {
  API_PORT: '4000',
  WEB_PORT: '3000',
  NEXT_TELEMETRY_DISABLED: '1',
  ...process.env,
};
env.API_URL ??= `http://127.0.0.1:${env.API_PORT}/graphql`;
env.PORTAL_URL ??= `http://localhost:${env.WEB_PORT}`;
env.NEXTAUTH_URL ??= env.PORTAL_URL;
env.MAIL_FROM ??= 'Digital Staff Passport <no-reply@passport.nhs.uk>';
// The demo trust and its demo users, for trying the product; the seed creates them only when asked.
env.SEED_DEMO ??= 'true';
const dataDir = path.resolve(env.DATA_DIR ?? 'data');
const services = (env.START_SERVICES ?? 'api,worker,web').split(',').map((name) => name.trim());

/**
 * A JSON log line (pino) as a person reads it: time, level, message, then the other fields.
 * START_JSON_LOGS=1 keeps the lines as they are.
 */
function readable(line) {
  if (env.START_JSON_LOGS === '1' || !line.startsWith('{')) return line;
  try {
    const { level, time, msg, service: _service, pid: _pid, hostname: _hostname, err, ...rest } = JSON.parse(line);
    const extras = Object.entries(rest).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    const when = typeof time === 'string' ? time.slice(11, 19) : '';
    const error = err ? `\n    ${err.stack ?? err.message ?? JSON.stringify(err)}` : '';
    return `${when} ${String(level).toUpperCase().padEnd(5)} ${msg ?? ''}${extras.length ? `  ${extras.join(' ')}` : ''}${error}`;
  } catch {
    return line;
  }
}

/** Lines of a child's output, each with its label, as they come. */
function relay(child, label) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) console.log(`${label}${readable(line)}`);
    });
  }
}

function fail(message) {
  console.error(`\n${message}`);
  stopAll(1);
}

function step(title, command, args) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) fail(`${title} failed. See the messages above.`);
  return result.status === 0;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

// Database and queues the product needs, started here when no URL is given. They run in their own
// process group so that Ctrl-C reaches the API, worker and portal first; they stop after them.
const services_ = [];
function startService(name, command, args, readyWhen) {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const label = `[${name}]`.padEnd(11);
  relay(child, label);
  services_.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
    const check = (chunk) => {
      output += chunk;
      const match = readyWhen(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!stopping) reject(new Error(`${name} stopped (exit code ${code})`));
    });
  });
}

function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(String(data).startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function startEmbeddedDatabase() {
  const port = await freePort();
  const url = await startService('postgres', process.execPath, ['scripts/embedded-postgres.mjs', path.join(dataDir, 'postgres'), String(port)], (output) =>
    /^ready (\S+)$/m.exec(output)?.[1],
  );
  env.DATABASE_URL = url;
  // PGlite serves every connection through one database session, one statement at a time: small
  // pools and one job at a time keep the wait short.
  env.DATABASE_POOL_SIZE ??= '4';
  env.WORKER_CONCURRENCY ??= '1';
  return `embedded PostgreSQL (PGlite), data in ${path.join(dataDir, 'postgres')}`;
}

async function startPrivateRedis() {
  if (!onPath('redis-server')) {
    fail(
      'REDIS_URL is not set and there is no redis-server on this machine for the job queues.\n' +
        'Install Redis (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) and run `npm start` again,\n' +
        'or point REDIS_URL at a Redis server, e.g. REDIS_URL=redis://127.0.0.1:6379 npm start',
    );
    return null;
  }
  const port = await freePort();
  const folder = path.join(dataDir, 'redis');
  mkdirSync(folder, { recursive: true });
  const child = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--dir', folder, '--appendonly', 'yes', '--save', '', '--protected-mode', 'yes'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  services_.push(child);
  relay(child, '[redis]    ');
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    if (await redisAnswers(port)) {
      env.REDIS_URL = `redis://127.0.0.1:${port}`;
      return `private redis-server, data in ${folder}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  fail('The private redis-server did not start: see its messages above.');
  return null;
}

/** The portal's session secret: kept in the data folder so that sign-ins survive a restart. */
function sessionSecret() {
  const file = path.join(dataDir, 'nextauth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** The demo users as the seed made them (packages/core/src/db/seed/demo-trust.ts), and how to get past MFA. */
function demoUsers() {
  const { DEMO_USERS } = createRequire(import.meta.url)(path.join(root, 'packages/core/dist/db/seed/demo-trust.js'));
  const width = Math.max(...DEMO_USERS.map((user) => `${user.username} / ${user.password}`.length));
  return [
    '  Demo users (for the demo only: the seed refuses them in production):',
    ...DEMO_USERS.map((user) => `    ${`${user.username} / ${user.password}`.padEnd(width)}  ${user.role}${user.totpSecret ? `, TOTP secret ${user.totpSecret}` : ', password only'}`),
    '  Second factor: add the TOTP secret to an authenticator app, or run `npm run demo-code -- <username>`.',
  ].join('\n');
}

let stopping = false;
const children = [];

async function main() {
  mkdirSync(dataDir, { recursive: true });
  console.log(`== Staff Passport Settings: data in ${dataDir}`);
  const database = env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : await startEmbeddedDatabase();
  if (stopping) return;
  const queues = env.REDIS_URL ? 'Redis at REDIS_URL' : await startPrivateRedis();
  if (stopping || !queues) return;
  let mail = 'SMTP at SMTP_URL';
  if (!env.SMTP_URL) {
    env.MAIL_DIR ??= path.join(dataDir, 'mail');
    mail = `kept as .eml files in ${env.MAIL_DIR} (portal: Sent emails)`;
  }
  env.NEXTAUTH_SECRET ??= sessionSecret();

  if (env.START_SKIP_BUILD !== '1') {
    if (!step('Building the API, worker and core', 'npm', ['run', 'build', '--silent'])) return;
  }
  const demo = env.SEED_DEMO === 'true';
  if (!step(`Migrating and seeding the database${demo ? ' (demo trust included)' : ''}`, process.execPath, ['packages/core/dist/db/seed/seed-command.js'])) return;
  if (services.includes('web') && env.START_SKIP_BUILD !== '1') {
    if (!step('Building the portal', 'npm', ['run', 'build', '--workspace', '@staff-passport/web', '--silent'])) return;
  }

  const processes = [
    { name: 'api', command: process.execPath, args: ['apps/api/dist/main.js'] },
    { name: 'worker', command: process.execPath, args: ['apps/worker/dist/main.js'], env: { WORKER_HEALTH_PORT: env.WORKER_HEALTH_PORT ?? '0', WORKER_HEALTH_HOST: '127.0.0.1' } },
    { name: 'web', command: process.execPath, args: [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', env.WEB_PORT, '-H', '127.0.0.1'], cwd: 'apps/web' },
  ].filter((entry) => services.includes(entry.name));

  for (const { name, command, args, cwd, env: own } of processes) {
    const child = spawn(command, args, { env: { ...env, ...own }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const label = `[${name}]`.padEnd(11);
    relay(child, label);
    child.on('exit', (code, signal) => {
      console.log(`${label}stopped (${signal ?? `exit code ${code}`})`);
      if (!stopping) stopAll(code || 1);
    });
    children.push(child);
  }

  const apiHealth = env.API_URL.replace(/\/graphql$/, '/ready');
  for (let i = 0; i < 600 && !stopping; i++) {
    const ok = await fetch(apiHealth).then((response) => response.ok, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (stopping) return;
  console.log(`
Staff Passport Settings is running:
  Portal:    ${services.includes('web') ? env.PORTAL_URL : '(not started)'}
${demo ? `${demoUsers()}\n` : ''}  API:       ${env.API_URL}
  Database:  ${database}
  Queues:    ${queues}
  Emails:    ${mail}
Press Ctrl-C to stop everything.
`);
}

/** Stops the API, worker and portal (the worker finishes its active jobs), then the database and Redis. */
function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  const running = (list) => list.filter((child) => child.exitCode === null && child.signalCode === null);
  const waitFor = (list) => Promise.all(running(list).map((child) => new Promise((resolve) => child.once('exit', resolve))));
  for (const child of running(children)) child.kill('SIGTERM');
  waitFor(children)
    .then(() => {
      for (const child of running(services_)) child.kill('SIGTERM');
      return waitFor(services_);
    })
    .then(() => process.exit(code));
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
// Never leave the database or Redis behind, whatever happens to this process.
process.on('exit', () => {
  for (const child of [...children, ...services_]) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
});

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
