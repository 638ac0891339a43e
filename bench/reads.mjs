// 2. GraphQL reads under concurrent load: the settings page query and effectiveTemplate, through the
// API against the hand-written `pg` baseline server, with autocannon (50 connections, loopback).
import { randomBytes, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import core from '@staff-passport/core';
import apiServer from '../apps/api/dist/server.js';
import answerCacheModule from '../apps/api/dist/answer-cache.js';
import persistedModule from '../apps/api/dist/persisted-documents.js';
import { withClient } from './lib.mjs';

const { createDataSource, QueryCounter } = core;
const { buildApiServer } = apiServer;
const { AnswerCache, cacheableOperationIds } = answerCacheModule;
const { loadPersistedDocuments } = persistedModule;

/**
 * Each portal page's own operation, by the name it has in the portal's manifest
 * (apps/web/src/gql/persisted-documents.json), sent as the portal sends it: the id only.
 */
export const PAGES = [
  ['System management home (PortalLayout)', 'PortalLayout'],
  ['Organisation (OrganisationPage)', 'OrganisationPage'],
  ['Notifications (NotificationsPage)', 'NotificationsPage'],
  ['Automatic issuance (CredentialsPage)', 'CredentialsPage'],
  ['Templates list (TemplatesPage)', 'TemplatesPage'],
  ['Template view (TemplatePage)', 'TemplatePage'],
  ['Job roles (StaffGroupJobRoles)', 'StaffGroupJobRoles'],
  ['Effective template (EffectiveTemplate)', 'EffectiveTemplate'],
];

const MANIFEST_URL = new URL('../apps/web/src/gql/persisted-documents.json', import.meta.url);

/** The portal's manifest: operation name to { id, text }. */
export function portalOperations() {
  const manifest = JSON.parse(readFileSync(MANIFEST_URL, 'utf8'));
  const byName = {};
  for (const [id, text] of Object.entries(manifest)) {
    const name = /(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
    if (name) byName[name] = { id, text };
  }
  return byName;
}

/** The request body the portal sends (apps/web/lib/graphql/persisted.ts): name, variables and id, no text. */
export function portalBody(operations, name, variables = {}) {
  const operation = operations[name];
  if (!operation) throw new Error(`The portal has no operation ${name} (apps/web/src/gql/persisted-documents.json)`);
  return { operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } } };
}

/** A Senior Portal Administrator of the largest trust with a session, made directly in the database. */
export async function benchSession(url, odsCode) {
  const token = randomBytes(32).toString('base64url');
  await withClient(url, async (client) => {
    const { rows } = await client.query(
      `INSERT INTO portal_user (organisation_id, username, display_name, password_hash, role)
       SELECT id, 'bench.senior.' || lower(ods_code), 'Bench Senior Administrator', 'not-a-password-hash', 'SENIOR_PORTAL_ADMINISTRATOR'
         FROM organisation WHERE ods_code = $1
       ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name
       RETURNING id`,
      [odsCode],
    );
    await client.query(
      `INSERT INTO portal_session (portal_user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
      [rows[0].id, createHash('sha256').update(token).digest('hex')],
    );
  });
  return token;
}

/** The requests of the pages that take variables, for a trust: every template it sees, a spread of effective-template questions. */
export async function pageBodies(url, odsCode, operations) {
  const variables = await effectiveTemplateVariables(url, odsCode);
  const templates = await templateIds(url, odsCode);
  return {
    TemplatePage: templates.map((id) => portalBody(operations, 'TemplatePage', { id })),
    EffectiveTemplate: variables.map((v) => portalBody(operations, 'EffectiveTemplate', v)),
  };
}

/** Removes the bench's portal users of a run (their sessions go with them). */
export async function removeBenchSessions(url) {
  await withClient(url, (client) => client.query(`DELETE FROM portal_user WHERE username LIKE 'bench.senior.%'`));
}

/** Template ids of a trust's templates page: its custom templates and the national defaults. */
export async function templateIds(url, odsCode) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT t.id FROM credentials_required_template t LEFT JOIN organisation o ON o.id = t.organisation_id
        WHERE t.is_default OR o.ods_code = $1 ORDER BY t.is_default, t.name`,
      [odsCode],
    );
    return rows.map((row) => row.id);
  });
}

/** A spread of effectiveTemplate questions: with and without job roles, both employment types. */
export async function effectiveTemplateVariables(url, odsCode) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT g.id AS staff_group_id, r.id AS job_role_id
         FROM job_role r JOIN staff_group g ON g.id = r.staff_group_id
         JOIN organisation o ON o.id = r.organisation_id
        WHERE o.ods_code = $1 ORDER BY g.code, r.name`,
      [odsCode],
    );
    const variables = [];
    for (const [index, row] of rows.entries()) {
      const employmentType = index % 2 === 0 ? 'PERMANENT_OR_FIXED_TERM' : 'TEMPORARY_MOVER';
      variables.push({ staffGroupId: row.staff_group_id, employmentType, jobRoleId: row.job_role_id });
      if (index % 3 === 0) variables.push({ staffGroupId: row.staff_group_id, employmentType, jobRoleId: null });
    }
    return variables;
  });
}

export async function post(url, token, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** Field for field, lists in their order; only the order of an object's keys is left aside. */
export function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
  return value;
}

/**
 * Checks that the baseline answers exactly what the API answers, before timing either; returns the
 * differences and the baseline's statements per request (its own count, x-sql-statements).
 */
export async function compareAnswers(apiUrl, baselineUrl, token, bodies) {
  const differences = [];
  const baselineStatements = [];
  for (const body of bodies) {
    const [api, baseline] = await Promise.all([post(apiUrl, token, body), post(baselineUrl, token, body)]);
    if (api.body.errors) throw new Error(`The API refused ${body.operationName ?? 'the benchmark query'}: ${JSON.stringify(api.body.errors)}`);
    baselineStatements.push(Number(baseline.headers.get('x-sql-statements')));
    if (!isDeepStrictEqual(canonical(api.body.data), canonical(baseline.body.data))) {
      differences.push({ operation: body.operationName, variables: body.variables ?? null, api: api.body.data, baseline: baseline.body.data ?? baseline.body });
    }
  }
  return { differences, baselineStatements };
}

/**
 * SQL statements the API sends for one request of each body, counted in-process by QueryCounter:
 * `executed`, with no answer cache (what a request costs the first time after a change of its trust),
 * and `cached`, with the answer cache (what it costs while the trust does not change). Each is the
 * second request of its body: the first reads the process's reference data and fills the cache.
 */
export async function countStatements(url, token, bodies, { redisUrl, prefix }) {
  const counter = new QueryCounter();
  const dataSource = createDataSource({ url, poolSize: 2, logger: counter, applicationName: 'sps-bench-count' });
  await dataSource.initialize();
  const noJobs = { enqueue: async () => undefined };
  const documents = loadPersistedDocuments();
  const cache = AnswerCache.connect(redisUrl, { prefix: `${prefix}_count`, maxAgeSeconds: 60, operationIds: cacheableOperationIds(documents) });
  const counts = { executed: [], cached: [] };
  try {
    for (const [kind, answerCache] of [['executed', null], ['cached', cache]]) {
      const server = await buildApiServer(dataSource, { GRAPHQL_INTROSPECTION: false, NODE_ENV: 'production' },
        (message, error) => console.error(message, error), noJobs, undefined, documents, { answerCache });
      await new Promise((resolve) => server.http.listen(0, '127.0.0.1', resolve));
      const endpoint = `http://127.0.0.1:${server.http.address().port}/graphql`;
      try {
        for (const body of bodies) {
          await post(endpoint, token, body);
          counter.reset();
          const answer = await post(endpoint, token, body);
          if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
          counts[kind].push(counter.statements);
        }
      } finally {
        server.http.closeAllConnections();
        await new Promise((resolve) => server.http.close(resolve));
        await server.apollo.stop();
      }
    }
    return counts;
  } finally {
    cache.close();
    await dataSource.destroy();
  }
}

function load(url, token, bodies, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections: 50,
        duration: seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: bodies.map((body) => ({ method: 'POST', body: JSON.stringify(body) })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** One second of load on each side, API first then baseline. */
export async function warmUp({ apiUrl, baselineUrl, token, bodies }) {
  await load(apiUrl, token, bodies, 1);
  await load(baselineUrl, token, bodies, 1);
}

/**
 * Both sides warmed the same way, then alternated `rounds` times, the side going first swapping each
 * round (shared, noisy machine: neither gets the quiet moment alone, nor always the cold start); sums
 * requests and takes the worst p99 per side.
 */
export async function measureReads({ apiUrl, baselineUrl, token, bodies, seconds, rounds = 2 }) {
  await load(apiUrl, token, bodies, 1);
  await load(baselineUrl, token, bodies, 1);
  const sides = { baseline: [], api: [] };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? ['baseline', 'api'] : ['api', 'baseline'];
    for (const side of order) sides[side].push(await load(side === 'api' ? apiUrl : baselineUrl, token, bodies, seconds));
  }
  const summarise = (results) => ({
    requests: results.reduce((sum, r) => sum + r.requests.total, 0),
    throughput: results.reduce((sum, r) => sum + r.requests.total, 0) / results.reduce((sum, r) => sum + r.duration, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    p50: results.reduce((sum, r) => sum + r.latency.p50, 0) / results.length,
    failures: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
  });
  return { baseline: summarise(sides.baseline), api: summarise(sides.api) };
}
