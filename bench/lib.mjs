// Shared helpers of the benchmarks: arguments, databases, timing, process memory and the table.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';

export const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Scales: the default one finishes in minutes; --national is England (about 210 trusts and 1.5 million staff, the largest about 30,000). */
export const SCALES = {
  small: { database: 'sps_bench', trusts: 210, staff: 100_000, updates: 20_000, readSeconds: 3 },
  national: { database: 'sps_bench_national', trusts: 210, staff: 1_500_000, updates: 100_000, readSeconds: 8 },
};

/** `--name value`, `--name=value` and bare `--flag` (true). */
export function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (let index = 0; index < argv.length; index += 1) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[index]);
    if (!match) throw new Error(`Unexpected argument ${argv[index]} (arguments look like --staff 100000)`);
    const [, name, inline] = match;
    if (inline !== undefined) args[name] = inline;
    else if (argv[index + 1] !== undefined && !argv[index + 1].startsWith('--')) args[name] = argv[(index += 1)];
    else args[name] = true;
  }
  return args;
}

export function positiveInteger(args, name, fallback) {
  const value = args[name] === undefined ? fallback : Number(args[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of 1 or more (got ${args[name]})`);
  return value;
}

export function databaseUrl(name) {
  if (!/^sps_bench[a-z0-9_]*$/.test(name)) {
    throw new Error(`Benchmark databases are named sps_bench…; refusing to use ${name}`);
  }
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, application_name: 'sps-bench' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const now = () => performance.now();
export const seconds = (ms) => ms / 1000;

export async function timed(fn) {
  const start = now();
  const result = await fn();
  return { ms: now() - start, result };
}

/** Waits for `check()` to return a truthy value, polling, for at most `timeoutMs`. */
export async function waitFor(what, check, { timeoutMs, intervalMs = 200 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Peak resident memory of a child process per phase: Linux keeps the high-water mark (VmHWM) and
 * lets the owner reset it by writing 5 to clear_refs; sampling every 100 ms is the fallback.
 */
export class MemoryWatch {
  constructor(pid) {
    this.pid = pid;
    this.sampled = 0;
    this.timer = setInterval(() => {
      this.sampled = Math.max(this.sampled, this.readKb('VmRSS'));
    }, 100);
    this.timer.unref();
  }

  readKb(field) {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    } catch {
      return 0;
    }
  }

  reset() {
    this.sampled = this.readKb('VmRSS');
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
    } catch {
      // not allowed here: the sampled peak is used
    }
  }

  /** Peak resident set since the last reset, in MB. */
  peakMb() {
    return Math.max(this.readKb('VmHWM'), this.sampled) / 1024;
  }

  stop() {
    clearInterval(this.timer);
  }
}

export function machineDescription() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

export const fmt = {
  n: (value, digits = 0) =>
    value === null || value === undefined || Number.isNaN(value)
      ? '–'
      : Number(value).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  s: (ms) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`),
  ms: (ms) => (ms === null || ms === undefined ? '–' : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`),
  ratio: (value) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`),
  mb: (value) => (value ? `${Math.round(value)} MB` : '–'),
};

export function markdownTable(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`);
  return lines.join('\n');
}

/** Every Redis key under a prefix (queues, sign-in limits, cached answers). */
export async function deleteRedisKeys(prefix) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
