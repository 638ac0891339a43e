// `npm start`: builds everything, brings the database up to date with demo data, then runs the API,
// the worker and the portal together with labelled logs, and stops them together on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/staff_passport',
  REDIS_URL: 'redis://127.0.0.1:6379',
  API_PORT: '4000',
  WEB_PORT: '3000',
  NEXT_TELEMETRY_DISABLED: '1',
  ...process.env,
};
env.API_URL ??= `http://127.0.0.1:${env.API_PORT}/graphql`;
env.PORTAL_URL ??= `http://localhost:${env.WEB_PORT}`;
env.NEXTAUTH_URL ??= env.PORTAL_URL;

function step(title, command, args) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${title} failed. See the messages above.`);
    process.exit(result.status ?? 1);
  }
}

step('Building the API, worker and core', 'npm', ['run', 'build', '--silent']);
step('Migrating and seeding the database (demo trust included)', 'node', ['packages/core/dist/db/seed/seed-command.js']);
step('Building the portal', 'npm', ['run', 'build', '--workspace', '@staff-passport/web', '--silent']);

const processes = [
  { name: 'api', command: 'node', args: ['apps/api/dist/main.js'] },
  { name: 'worker', command: 'node', args: ['apps/worker/dist/main.js'] },
  { name: 'web', command: 'npx', args: ['next', 'start', '-p', env.WEB_PORT, '-H', '127.0.0.1'], cwd: 'apps/web' },
].filter((entry) => entry.name !== 'worker' || existsSync('apps/worker/dist/main.js'));

const children = processes.map(({ name, command, args, cwd }) => {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const label = `[${name}]`.padEnd(9);
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) console.log(`${label}${line}`);
    });
  }
  child.on('exit', (code, signal) => {
    console.log(`${label}stopped (${signal ?? `exit code ${code}`})`);
    if (!stopping) stopAll(code ?? 1);
  });
  return child;
});

console.log(`
Staff Passport Settings is starting:
  Portal:  ${env.PORTAL_URL}  (sign in as senior.admin / Passport-Senior-2026, or portal.admin / Passport-Portal-2026)
  API:     ${env.API_URL}
Press Ctrl-C to stop everything.
`);

let stopping = false;
function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  let waiting = children.filter((child) => child.exitCode === null).length;
  if (waiting === 0) process.exit(code);
  for (const child of children) child.on('exit', () => (--waiting === 0 ? process.exit(code) : undefined));
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
