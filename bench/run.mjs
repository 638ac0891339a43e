// `npm run bench [-- --national] [--only reads,resolution,ingestion,summaries] [--regenerate]`
// Measures what the service exists for at the scale it must serve, each figure against a hand-written
// baseline measured in the same run, prints the table and writes it to bench/results.md.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import core from '@staff-passport/core';
import { DATASET_VERSION, generateDataset, odsCode, readDataset } from './dataset.mjs';
import { apiKeysFor, measureBaseline, measureIngestion, planUpdates, removeApiKeys } from './ingestion.mjs';
import { databaseUrl, deleteRedisKeys, fmt, machineDescription, markdownTable, now, parseArgs, positiveInteger, REDIS_URL, SCALES } from './lib.mjs';
import { API_NODE_FLAGS, startApi, startBaselineServer, startWorker } from './processes.mjs';
import {
  benchSession, compareAnswers, countStatements, measureReads, pageBodies, PAGES, portalBody, portalOperations,
  removeBenchSessions, warmUp,
} from './reads.mjs';
import { measureNationalResolution, measureTemplateEdit } from './resolution.mjs';
import { measureCounting, measureSmtpOnly, measureWeeklySummaries, startSmtpServer } from './summaries.mjs';

const { JobQueues } = core;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const PHASES = ['reads', 'resolution', 'ingestion', 'summaries'];

const args = parseArgs();
const scaleName = args.national ? 'national' : 'small';
const scale = SCALES[scaleName];
const trusts = positiveInteger(args, 'trusts', scale.trusts);
const staff = positiveInteger(args, 'staff', scale.staff);
const updates = positiveInteger(args, 'updates', scale.updates);
const readSeconds = positiveInteger(args, 'read-seconds', scale.readSeconds);
const database = typeof args.database === 'string' ? args.database : scale.database;
const only = typeof args.only === 'string' ? args.only.split(',') : PHASES;
for (const phase of only) if (!PHASES.includes(phase)) throw new Error(`Unknown phase ${phase}: use ${PHASES.join(', ')}`);
const timeoutMs = (scaleName === 'national' ? 60 : 10) * 60_000;
const workerConcurrency = 4;
const log = (message) => console.log(message);

const rows = [];
const notes = [];
const memory = [];
/** One line of the table. `ratio` is subject ÷ baseline time (or baseline ÷ subject for throughput). */
function row(measure, subject, baseline, ratio, target, met, why) {
  rows.push([measure, subject, baseline, fmt.ratio(ratio), target ?? '–', met === undefined ? '–' : met ? 'yes' : '**no**']);
  if (met === false && why) notes.push(`**${measure}** misses its target (${target}): ${why}`);
}

const runStarted = now();
log(`Staff Passport Settings benchmarks (${scaleName}): ${trusts} trusts, ${staff.toLocaleString('en-GB')} staff, database ${database}`);

let dataset = await readDataset(database);
if (args.regenerate || !dataset || dataset.version !== DATASET_VERSION || dataset.staff !== staff || dataset.trusts !== trusts) {
  log('Generating the dataset (bench/dataset.mjs)…');
  dataset = await generateDataset({ database, trusts, staff, log });
} else {
  log(`Using the dataset generated ${dataset.generatedAt} (${dataset.generationSeconds} s to generate)`);
  // a dataset generated before the latest migrations gets them, as a deployment would
  const dataSource = core.createDataSource({ url: databaseUrl(database), poolSize: 1, applicationName: 'sps-bench-migrate' });
  await dataSource.initialize();
  try {
    await core.runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

const url = databaseUrl(database);
const client = new pg.Client({ connectionString: url, application_name: 'sps-bench-runner' });
await client.connect();
const queuePrefix = `bench_${randomBytes(4).toString('hex')}`;
const jobs = new JobQueues({ connection: REDIS_URL, prefix: queuePrefix });
const smtp = await startSmtpServer();
const env = {
  DATABASE_URL: url, REDIS_URL, QUEUE_PREFIX: queuePrefix, DATABASE_POOL_SIZE: '10',
  // production refuses to start without a key for the TOTP secrets; the bench signs in by a session row
  MFA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  // the limits meant for one request are too tight for whole-trust jobs on national data and 50 connections on 10
  DATABASE_ACQUIRE_TIMEOUT_MS: '60000', DATABASE_STATEMENT_TIMEOUT_MS: String(timeoutMs), DATABASE_LOCK_TIMEOUT_MS: '60000',
};
const operations = portalOperations();
const api = await startApi(env);
const worker = await startWorker({ ...env, SMTP_URL: smtp.url });
const apiUrl = api.match[1];
const largest = odsCode(0);
const token = await benchSession(url, largest);

/** Rows a phase made as it went (runs, dispatches, audit events) are removed when it ends. */
async function removeRowsSince(since) {
  await client.query('DELETE FROM template_resolution_run WHERE requested_at >= $1', [since]);
  await client.query('DELETE FROM summary_dispatch WHERE created_at >= $1', [since]);
  await client.query('DELETE FROM audit_event WHERE occurred_at >= $1', [since]);
}

async function phase(name, fn) {
  if (!only.includes(name)) return;
  log(`\n${name}…`);
  api.memory.reset();
  worker.memory.reset();
  const started = now();
  const { rows: [{ since }] } = await client.query('SELECT now() AS since');
  try {
    await fn();
  } catch (error) {
    log(`  ${name} failed: ${error.stack ?? error}`);
    notes.push(`**${name}** did not complete: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await removeRowsSince(since);
  }
  memory.push([name, fmt.mb(api.memory.peakMb()), fmt.mb(worker.memory.peakMb()), fmt.s(now() - started)]);
}

try {
  await phase('reads', async () => {
    let baselinePeak = null;
    const baseline = await startBaselineServer(env);
    const baselineUrl = `http://127.0.0.1:${baseline.match[1]}/graphql`;
    try {
      for (const file of readdirSync(HERE)) if (file.startsWith('read-differences')) rmSync(path.join(HERE, file));
      const bodiesOf = await pageBodies(url, largest, operations);
      const pages = typeof args.pages === 'string' ? PAGES.filter(([, name]) => args.pages.split(',').includes(name)) : PAGES;
      // both servers start cold (JIT, connection pools, caches): every page is warmed on both before any is measured
      for (const [, name] of pages) await warmUp({ apiUrl, baselineUrl, token, bodies: bodiesOf[name] ?? [portalBody(operations, name)] });
      for (const [label, name] of pages) {
        const bodies = bodiesOf[name] ?? [portalBody(operations, name)];
        const { differences, baselineStatements } = await compareAnswers(apiUrl, baselineUrl, token, bodies);
        if (differences.length) {
          writeFileSync(path.join(HERE, `read-differences-${name}.json`), JSON.stringify(differences, null, 2));
          notes.push(`${label}: the baseline answered ${differences.length} of ${bodies.length} request(s) differently from the API (bench/read-differences-${name}.json); its figures compare different work.`);
        }
        const counted = await countStatements(url, token, bodies.slice(0, 5), { redisUrl: REDIS_URL, prefix: queuePrefix });
        const apiStatements = counted.cached;
        const result = await measureReads({ apiUrl, baselineUrl, token, bodies, seconds: readSeconds });
        const ratio = result.api.throughput / result.baseline.throughput;
        const target = name === 'EffectiveTemplate' ? 0.8 : 1.0;
        const p99Met = name === 'EffectiveTemplate' ? undefined : result.api.p99 <= result.baseline.p99;
        log(`  ${label}: API ${result.api.throughput.toFixed(0)} req/s p99 ${result.api.p99} ms; baseline ${result.baseline.throughput.toFixed(0)} req/s p99 ${result.baseline.p99} ms; statements ${statementRange(apiStatements)} vs ${statementRange(baselineStatements)}`);
        row(`${label}: throughput (50 connections)`, `${fmt.n(result.api.throughput)} req/s`, `${fmt.n(result.baseline.throughput)} req/s`,
          ratio, `≥ ${target.toFixed(1)}× of baseline`, ratio >= target,
          `measured: ${statementRange(apiStatements)} SQL statements per API request against the baseline's ${statementRange(baselineStatements)}; ` +
          `p50 ${fmt.ms(result.api.p50)} against ${fmt.ms(result.baseline.p50)}; ${fmt.n(result.api.requests)} API and ${fmt.n(result.baseline.requests)} baseline requests.`);
        row(`${label}: p99 latency`, fmt.ms(result.api.p99), fmt.ms(result.baseline.p99), result.api.p99 / result.baseline.p99,
          p99Met === undefined ? undefined : '≤ baseline p99', p99Met,
          `measured p50 ${fmt.ms(result.api.p50)} against ${fmt.ms(result.baseline.p50)}, ${statementRange(apiStatements)} statements against ${statementRange(baselineStatements)}.`);
        row(`${label}: SQL statements per request, answer cached / executed`, `${statementRange(counted.cached)} / ${statementRange(counted.executed)}`,
          statementRange(baselineStatements), null);
        if (result.api.failures || result.baseline.failures) {
          notes.push(`${label}: ${result.api.failures} failed API requests, ${result.baseline.failures} failed baseline requests under load.`);
        }
      }
    } finally {
      baselinePeak = baseline.memory.peakMb();
      await baseline.stop();
    }
    const peak = api.memory.peakMb();
    row(`API peak RSS under the read load (node ${API_NODE_FLAGS.join(' ')}, as its image runs it)`, fmt.mb(peak), fmt.mb(baselinePeak), null, '≤ 300 MB', peak <= 300,
      `measured peak resident set ${fmt.mb(peak)} (VmHWM of the API process during the reads phase).`);
  });

  await phase('resolution', async () => {
    const national = await measureNationalResolution({ client, jobs, timeoutMs, budgetMs: positiveInteger(args, 'resolution-budget', scaleName === 'national' ? 720 : 600) * 1000, log });
    const ratio = national.jobMs / national.baselineMs;
    row(`Template resolution, all ${fmt.n(national.staff)} staff (${national.runs} trust runs)${national.extrapolated ? ` (extrapolated from ${fmt.n(national.stored)} stored within the time budget)` : ''}`, fmt.s(national.jobMs), fmt.s(national.baselineMs),
      ratio, '≤ 2× of baseline', ratio <= 2,
      `measured: ${national.runs} runs of chunks of ${core.RESOLUTION_CHUNK_SIZE} staff (${fmt.n(national.staff)} staff) against one statement; the worker ran ${workerConcurrency} jobs at once.`);
    if (national.agree === false) notes.push(`Template resolution: the job's stored results differ from the baseline's (${JSON.stringify({ job: national.actual, baseline: national.expected })}).`);
    const edit = await measureTemplateEdit({ client, apiUrl, token, odsCode: largest, timeoutMs });
    row(`Template edit in the largest trust (${fmt.n(edit.trustStaff)} staff, ${fmt.n(edit.recomputed)} recomputed): edit to results stored`,
      fmt.s(edit.jobMs), `${fmt.s(edit.baselineMs)} (same guard)`, edit.jobMs / edit.baselineMs, '≤ 1.5× of baseline', edit.jobMs / edit.baselineMs <= 1.5,
      `measured: the mutation answered in ${fmt.s(edit.mutationMs)}; the run recomputed ${fmt.n(edit.recomputed)} staff in chunks of ${core.RESOLUTION_CHUNK_SIZE}, the baseline the same people in one statement.`);
    if (!edit.agree) notes.push('Template edit: the job\'s stored results for the edited staff group differ from the baseline\'s.');
  });

  await phase('ingestion', async () => {
    // Two rounds with newer versions each time, the baseline first in one and second in the other, after
    // an untimed baseline warm-up: neither side always meets the cold cache. The baseline rolls back.
    const first = await planUpdates(client, updates, 0);
    const second = await planUpdates(client, updates, 10);
    const third = await planUpdates(client, updates, 20);
    const keys = await apiKeysFor(url, first.trusts);
    try {
      await measureBaseline(client, first.plan);
      const baselineA = await measureBaseline(client, first.plan);
      const runA = await measureIngestion({ client, apiUrl, keys, plan: first.plan, timeoutMs });
      const runB = await measureIngestion({ client, apiUrl, keys, plan: second.plan, timeoutMs });
      const baselineB = await measureBaseline(client, third.plan);
      const appliedMs = (runA.appliedMs + runB.appliedMs) / 2;
      const acceptedMs = (runA.acceptedMs + runB.acceptedMs) / 2;
      const baselineMs = (baselineA.ms + baselineB.ms) / 2;
      log(`  ${runA.batches} batches a round, applied in ${fmt.s(runA.appliedMs)} and ${fmt.s(runB.appliedMs)}; baseline ${fmt.s(baselineA.ms)} and ${fmt.s(baselineB.ms)}`);
      row(`ESR ingestion, ${fmt.n(updates)} updates in ${runA.batches} batches (${first.trusts.length} trusts): sent to applied, mean of 2 rounds`,
        `${fmt.n(updates / (appliedMs / 1000))} updates/s (${fmt.s(appliedMs)})`, `${fmt.n(updates / (baselineMs / 1000))} updates/s (${fmt.s(baselineMs)})`, appliedMs / baselineMs);
      row('ESR ingestion: accepted by the API (stored and queued), mean of 2 rounds', fmt.s(acceptedMs), '–', null);
      for (const [run, baselineRun] of [[runA, baselineA], [runB, baselineB]]) {
        if (run.written !== baselineRun.written) notes.push(`ESR ingestion: the worker wrote ${run.written} records, the baseline ${baselineRun.written}.`);
      }
    } finally {
      await removeApiKeys(client);
    }
  });

  await phase('summaries', async () => {
    const counting = await measureCounting(client);
    row(`Outstanding-actions counting alone, as the weekly plan counts (${counting.counted} trust-team counts), 2 runs`, fmt.s(counting.serviceMs),
      `${fmt.s(counting.baselineMs)} (one GROUP BY)`, counting.serviceMs / counting.baselineMs, '≤ 1.5× of baseline',
      counting.serviceMs / counting.baselineMs <= 1.5, `measured: ${counting.statements} statement(s) per count of every trust against 1.`);
    // End to end over SMTP, with the run's worker.
    const weekly = await measureWeeklySummaries({ client, jobs, isoWeek: '2099-W01', delivered: () => smtp.stats.messages, timeoutMs });
    // Service time apart from SMTP: a second worker, on a queue prefix of its own, keeps each email as
    // the .eml file it would have sent, in memory (/dev/shm); the SMTP time is then those same files sent as they are.
    const mailDir = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'sps-bench-mail-'));
    const filePrefix = `${queuePrefix}_files`;
    const fileJobs = new JobQueues({ connection: REDIS_URL, prefix: filePrefix });
    const fileWorker = await startWorker({ ...env, QUEUE_PREFIX: filePrefix, MAIL_DIR: mailDir, WORKER_CONCURRENCY: String(workerConcurrency) });
    try {
      const files = () => readdirSync(mailDir).filter((name) => name.endsWith('.eml'));
      // the new worker's first week warms it (connections, compiled code), as the run's worker was warmed by the week before
      await measureWeeklySummaries({ client, jobs: fileJobs, isoWeek: '2099-W02', delivered: () => files().length, timeoutMs });
      for (const name of files()) rmSync(path.join(mailDir, name));
      const service = await measureWeeklySummaries({ client, jobs: fileJobs, isoWeek: '2099-W03', delivered: () => files().length, timeoutMs });
      const messages = files().map((name) => {
        const raw = readFileSync(path.join(mailDir, name));
        return { raw, to: /^To: (.+)$/m.exec(raw.toString('utf8'))?.[1]?.trim() ?? 'team@bench.nhs.uk' };
      });
      const smtpOnly = await measureSmtpOnly({ smtp, messages, concurrency: workerConcurrency });
      row(`Weekly summaries: service time for ${service.emails} emails (plan, count, render, record; SMTP apart)`, fmt.s(service.ms), '–', null,
        '≤ 2 s', service.ms <= 2000, `measured: ${service.emails} emails written as files by a worker running ${workerConcurrency} jobs at once; peak worker RSS below.`);
      row(`Weekly summaries: SMTP time alone, the same ${messages.length} emails as rendered (${workerConcurrency} at once)`, fmt.s(smtpOnly.ms), '–', null);
      row(`Weekly summaries end to end over SMTP (${weekly.emails} emails)`, fmt.s(weekly.ms), `${fmt.s(service.ms + smtpOnly.ms)} (service + SMTP, measured apart)`, weekly.ms / (service.ms + smtpOnly.ms));
    } finally {
      await fileWorker.stop();
      await fileJobs.close();
      await deleteRedisKeys(filePrefix);
      rmSync(mailDir, { recursive: true, force: true });
    }
  });
} finally {
  await api.stop();
  await worker.stop();
  await jobs.close();
  await smtp.close();
  await removeBenchSessions(url);
  await client.end();
  await deleteRedisKeys(queuePrefix);
  await deleteRedisKeys(`${queuePrefix}_count`);
}

const machine = machineDescription();
const { rows: [pgInfo] } = await (async () => {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await admin.query(`SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers,
      current_setting('work_mem') AS work_mem, pg_size_pretty(pg_database_size(current_database())) AS size`);
  } finally {
    await admin.end();
  }
})();

const table = markdownTable(['Measure', 'Service', 'Baseline', 'Ratio', 'Target', 'Met'], rows);
const memoryTable = markdownTable(['Phase', 'API peak RSS', 'Worker peak RSS', 'Phase time'], memory);
function statementRange(counts) {
  const [least, most] = [Math.min(...counts), Math.max(...counts)];
  return least === most ? `${least}` : `${least}–${most}`;
}

const section = [
  `## ${scaleName === 'national' ? 'National' : 'Small'} run${only.length < PHASES.length ? ` (${only.join(', ')} only)` : ''}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Machine: ${machine.cpu}, ${machine.memory} RAM, ${machine.os}, Node ${machine.node}, PostgreSQL ${pgInfo.version} ` +
    `(shared_buffers ${pgInfo.shared_buffers}, work_mem ${pgInfo.work_mem}), Redis at ${REDIS_URL}; shared and noisy, so every ` +
    'figure is compared with a baseline measured in the same run.',
  `Data: ${dataset.trusts} trusts, ${fmt.n(dataset.staff)} staff (largest trust ${fmt.n(dataset.largestTrust)}, smallest ` +
    `${fmt.n(dataset.smallestTrust)}), ${fmt.n(dataset.jobRoles)} job roles, ${fmt.n(dataset.customTemplates)} custom templates, ` +
    `${fmt.n(dataset.credentialRecords)} credential records; database ${pgInfo.size}, generated in ${dataset.generationSeconds} s.`,
  `Command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\`; whole run ${fmt.s(now() - runStarted)}.`.replace(' -- `', '`'),
  '',
  table,
  '',
  'Ratio: service time ÷ baseline time; for throughput, service ÷ baseline (higher is better).',
  '',
  memoryTable,
  '',
  ...(notes.length ? ['Notes:', '', ...notes.map((note) => `- ${note}`), ''] : []),
].join('\n');

console.log(`\n${section}`);
// a run of some phases only gets a section of its own, so it never hides a whole run's figures
writeResults(only.length < PHASES.length ? `${scaleName}-${only.join('-')}` : scaleName, section);

function writeResults(name, text) {
  const file = path.join(HERE, 'results.md');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let content = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmark results\n\nWritten by `npm run bench` (small) and `npm run bench -- --national`. What each figure means: bench/README.md.\n\n' +
      'Each section is dated and written whole by one run: a whole run replaces its scale\'s section and the\npartial runs of that scale before it; a run of some phases (`--only`) gets a section of its own. Notes\nunder a table are written by the run from what it measured.\n\n';
  const block = `${start}\n${text}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  content = pattern.test(content) ? content.replace(pattern, block) : `${content.trimEnd()}\n\n${block}\n`;
  if (name === scaleName) {
    // a whole run supersedes the partial runs of its scale before it
    content = content.replace(new RegExp(`<!-- (${scaleName}-[a-z-]+):start -->[\\s\\S]*?<!-- \\1:end -->`, 'g'), '');
  }
  if (name === 'national' && content.indexOf('<!-- small:start -->') !== -1 && content.indexOf('<!-- small:start -->') < content.indexOf(start)) {
    // keep the national run first: it is the one that matters
    const small = content.match(/<!-- small:start -->[\s\S]*?<!-- small:end -->/)[0];
    content = `${content.replace(small, '').trimEnd()}\n\n${small}\n`;
  }
  writeFileSync(file, content.replace(/\n{3,}/g, '\n\n'));
  console.log(`Written to ${path.relative(process.cwd(), file)}`);
}
process.exit(0);
