// `node bench/check-agreement.mjs --database sps_bench_…`: starts the API and the hand-written baseline
// server on a benchmark database, sends both every page operation of the read benchmark as the portal
// sends it (signed in as a Senior Portal Administrator of the largest trust), and prints what it
// compared and every difference as JSON; exits 1 when they differ. tests/bench/baseline-agreement.test.ts
// runs it on a small dataset; the bench's reads phase makes the same check before timing.
import { randomBytes } from 'node:crypto';
import { odsCode } from './dataset.mjs';
import { databaseUrl, deleteRedisKeys, parseArgs, REDIS_URL } from './lib.mjs';
import { startApi, startBaselineServer } from './processes.mjs';
import { benchSession, compareAnswers, pageBodies, PAGES, portalBody, portalOperations, removeBenchSessions } from './reads.mjs';

const args = parseArgs();
if (typeof args.database !== 'string') throw new Error('--database sps_bench_… is required');
const url = databaseUrl(args.database);
const prefix = `bench_check_${randomBytes(4).toString('hex')}`;
const env = { DATABASE_URL: url, REDIS_URL, QUEUE_PREFIX: prefix, MFA_ENCRYPTION_KEY: randomBytes(32).toString('base64') };
const [api, baseline] = await Promise.all([startApi(env), startBaselineServer(env)]);
let outcome;
try {
  const largest = odsCode(0);
  const token = await benchSession(url, largest);
  const operations = portalOperations();
  const bodiesOf = await pageBodies(url, largest, operations);
  const compared = {};
  const differences = [];
  for (const [, name] of PAGES) {
    const bodies = bodiesOf[name] ?? [portalBody(operations, name)];
    const result = await compareAnswers(api.match[1], `http://127.0.0.1:${baseline.match[1]}/graphql`, token, bodies);
    compared[name] = bodies.length;
    differences.push(...result.differences);
  }
  outcome = { compared, differences };
} finally {
  await Promise.all([api.stop(), baseline.stop()]);
  await removeBenchSessions(url);
  await deleteRedisKeys(prefix);
}
console.log(JSON.stringify(outcome));
process.exit(outcome.differences.length ? 1 : 0);
