// A production start of the built portal with a secret an attacker knows or can guess: missing,
// short, the placeholder from .env.example, or the portal's built-in development secret (both are
// public). Each must stop with a message naming NEXTAUTH_SECRET and never serve a page.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, freePort, repoRoot } from './harness.mjs';

function publicSecret(file, pattern) {
  const value = pattern.exec(readFileSync(path.join(repoRoot, file), 'utf8'))?.[1];
  if (!value) throw new Error(`no secret found in ${file}`);
  return value;
}

export const BAD_SECRETS = [
  ['missing', undefined],
  ['short', 'only-twenty-chars-xx'],
  ['the .env.example placeholder', publicSecret('.env.example', /^NEXTAUTH_SECRET=(.*)$/m)],
  ['the built-in development secret', publicSecret('apps/web/lib/env.ts', /DEVELOPMENT_SECRET = '([^']+)'/)],
];

/** Starts the portal, knocks on its port until it exits, and says what it printed and served. */
async function productionStart({ nextBin, webRoot, env, secret }) {
  const port = await freePort();
  const childEnv = { ...env, NODE_ENV: 'production', NEXTAUTH_URL: `http://127.0.0.1:${port}` };
  if (secret === undefined) delete childEnv.NEXTAUTH_SECRET;
  else childEnv.NEXTAUTH_SECRET = secret;
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: webRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const served = [];
  let exit = null;
  exited.then((value) => (exit = value));
  const deadline = Date.now() + 60_000;
  while (exit === null && Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/sign-in`, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      served.push(response.status);
    } catch {
      // refused or cut off: nothing served
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (exit === null) {
    child.kill('SIGKILL');
    await exited;
  }
  return { exit, output, served };
}

export async function productionSecrets({ check, nextBin, webRoot, env }) {
  for (const [what, secret] of BAD_SECRETS) {
    await check(`production start with ${what} NEXTAUTH_SECRET stops with a message and serves nothing`, async () => {
      const { exit, output, served } = await productionStart({ nextBin, webRoot, env, secret });
      expect(exit !== null, `the portal was still running after 60 s:\n${output.slice(-1500)}`);
      expect(exit.code !== 0, `exited with ${exit.code}`);
      expect(/NEXTAUTH_SECRET/.test(output) && /openssl rand/.test(output), `the message does not name NEXTAUTH_SECRET and how to make one:\n${output.slice(-1500)}`);
      expect(served.length === 0, `served HTTP ${served.join(', ')} before stopping`);
    });
  }
}
