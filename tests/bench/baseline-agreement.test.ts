import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { TEST_POSTGRES_URL } from '@staff-passport/core/testing';

/**
 * The read benchmark compares the API with a hand-written server (bench/baseline-server.mjs): the
 * comparison means something only if both answer the same. On a small generated dataset, every page
 * operation the benchmark times, sent as the portal sends it, gets the same JSON from both, field for
 * field and lists in order (bench/check-agreement.mjs, which runs the built API as the bench does).
 */
const root = path.resolve(__dirname, '../..');
const run = promisify(execFile);
const database = `sps_bench_agreement_${randomBytes(4).toString('hex')}`;
jest.setTimeout(240_000);

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  const env = { ...process.env, BENCH_POSTGRES_URL: TEST_POSTGRES_URL };
  execFileSync(process.execPath, ['bench/generate-data.mjs', '--trusts', '6', '--staff', '3000', '--database', database], { cwd: root, env, stdio: 'pipe' });
});
afterAll(async () => {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await client.end();
});

it('answers every page of the read benchmark exactly as the API does', async () => {
  // the processes say they are ready in an info line, which the logger keeps quiet under jest
  const { JEST_WORKER_ID: _jest, ...inherited } = process.env;
  const env = { ...inherited, BENCH_POSTGRES_URL: TEST_POSTGRES_URL, LOG_LEVEL: 'info' };
  const { stdout } = await run(process.execPath, ['bench/check-agreement.mjs', '--database', database], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr }),
  );
  const lines = stdout.trim().split('\n').filter((line) => line.startsWith('{"compared"'));
  const outcome = JSON.parse(lines[lines.length - 1]) as { compared: Record<string, number>; differences: unknown[] };
  expect(outcome.differences).toEqual([]);
  expect(Object.keys(outcome.compared).sort()).toEqual(
    ['CredentialsPage', 'EffectiveTemplate', 'NotificationsPage', 'OrganisationPage', 'PortalLayout', 'StaffGroupJobRoles', 'TemplatePage', 'TemplatesPage'],
  );
  // every template of the trust and a spread of effective-template questions, not just one of each
  expect(outcome.compared.TemplatePage).toBeGreaterThan(10);
  expect(outcome.compared.EffectiveTemplate).toBeGreaterThan(10);
});
