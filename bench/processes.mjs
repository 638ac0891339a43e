// The processes under test, each started as it is deployed (its own Node process, from dist), so
// that their peak memory can be read per phase. Every wait is bounded.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryWatch } from './lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts `node <script>` with `env`, and resolves once a line of its output matches `ready`
 * (the match is returned), or fails after `timeoutMs` or if the process exits first.
 */
export function startProcess(name, script, env, ready, timeoutMs = 60_000, nodeFlags = []) {
  const child = spawn(process.execPath, [...nodeFlags, path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const remember = (chunk) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- ${name} output ---\n${output.join('\n')}`));
    };
    const onExit = (code) => fail(new Error(`${name} exited with code ${code} before it was ready`));
    child.once('exit', onExit);
    const watchForReady = (chunk) => {
      remember(chunk);
      const match = ready.exec(output.join('\n'));
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout.off('data', watchForReady);
      child.stdout.on('data', remember);
      resolve({
        name,
        child,
        match,
        output,
        memory: new MemoryWatch(child.pid),
        /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
        async stop(graceMs = 30_000) {
          this.memory.stop();
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          const timeout = setTimeout(() => child.kill('SIGKILL'), graceMs);
          await exited;
          clearTimeout(timeout);
        },
      });
    };
    child.stdout.on('data', watchForReady);
    child.stderr.on('data', remember);
  });
}

/** The API's Node flags as its image runs it (apps/api/Dockerfile's CMD). */
export const API_NODE_FLAGS = ['--max-semi-space-size=16'];

export function startApi(env) {
  return startProcess('api', 'apps/api/dist/main.js', { API_HOST: '127.0.0.1', API_PORT: '0', NODE_ENV: 'production', ...env },
    /listening on (http:\/\/127\.0\.0\.1:\d+\/graphql)/, 60_000, API_NODE_FLAGS);
}

export function startWorker(env) {
  return startProcess('worker', 'apps/worker/dist/main.js', {
    NODE_ENV: 'production',
    WORKER_HEALTH_HOST: '127.0.0.1',
    WORKER_HEALTH_PORT: '0',
    MAIL_FROM: 'Digital Staff Passport <no-reply@passport.bench.nhs.uk>',
    PORTAL_URL: 'https://passport.bench.nhs.uk',
    SUMMARY_RETRY_DELAY_MS: '1000',
    ...env,
  }, /health at (http:\/\/[^\s"]+)/);
}

export function startBaselineServer(env) {
  return startProcess('baseline', 'bench/baseline-server.mjs', env, /listening (\d+)/);
}
