// 2. GraphQL reads under concurrent load: the settings page query and effectiveTemplate, through the
// API against the hand-written `pg` baseline server, with autocannon (50 connections, loopback).
import { randomBytes, createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import core from '@staff-passport/core';
import apiServer from '../apps/api/dist/server.js';
import { withClient } from './lib.mjs';

const { createDataSource, QueryCounter } = core;
const { buildApiServer } = apiServer;

/** What the portal's templates and automatic-issuance pages ask for (apps/api query-cost test). */
export const SETTINGS_PAGE_QUERY = `{
  me { displayName canChangeSettings organisation { name } }
  organisation { name contacts { label name email } notificationSettings { team email enabled } }
  credentialCatalogue { id name autoIssue credentials { id name autoIssue team category { name } } }
  staffGroups { id name jobRoles { id name templates { name } } defaultTemplate { name } }
  credentialsRequiredTemplates(page: { limit: 200 }) {
    nodes {
      id name isDefault inEffect employmentTypes
      staffGroup { name } jobRole { name }
      credentials { name } categories { name }
      requiredCredentials { id name }
      overriddenBy { name }
    }
    pageInfo { totalCount }
  }
}`;

/** The portal's effective-template page (apps/web templates/effective/page.tsx). */
export const EFFECTIVE_TEMPLATE_QUERY = `query EffectiveTemplate($staffGroupId: ID!, $employmentType: EmploymentType!, $jobRoleId: ID) {
  effectiveTemplate(staffGroupId: $staffGroupId, employmentType: $employmentType, jobRoleId: $jobRoleId) {
    matchedBy
    template { id name isDefault }
    requiredCredentials { id name category { id name } }
  }
}`;

const operationId = (query) => `sha256:${createHash('sha256').update(query).digest('hex')}`;

/**
 * A portal session runs only persisted operations (apps/api/src/persisted-documents.ts): the API
 * processes of this run get the portal's manifest plus the bench's own operations
 * (PERSISTED_DOCUMENTS_PATH, inherited by every API the run starts).
 */
export function persistBenchOperations(queries) {
  const portal = JSON.parse(readFileSync(new URL('../apps/web/src/gql/persisted-documents.json', import.meta.url), 'utf8'));
  const file = path.join(tmpdir(), `sps-bench-operations-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ ...portal, ...Object.fromEntries(queries.map((query) => [operationId(query), query])) }));
  process.env.PERSISTED_DOCUMENTS_PATH = file;
  process.once('exit', () => rmSync(file, { force: true }));
}

/** The API reads the id; the baseline server, which knows nothing of ids, reads the text. */
export const persistedBody = (query, variables) => ({
  query,
  ...(variables ? { variables } : {}),
  extensions: { persistedQuery: { version: 1, sha256Hash: operationId(query) } },
});

/** Baseline statements per request, by construction (bench/baseline-server.mjs): session + queries. */
export const BASELINE_STATEMENTS = { settings: 5, effective: 2 };

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

async function post(url, token, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Same data whatever the order of lists (the schema gives no order to some of them). */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
  return value;
}

/** Checks that the baseline answers exactly what the API answers, before timing either. */
export async function compareAnswers(apiUrl, baselineUrl, token, bodies) {
  const differences = [];
  for (const body of bodies) {
    const [api, baseline] = await Promise.all([post(apiUrl, token, body), post(baselineUrl, token, body)]);
    if (api.body.errors) throw new Error(`The API refused the benchmark query: ${JSON.stringify(api.body.errors)}`);
    if (!isDeepStrictEqual(canonical(api.body.data), canonical(baseline.body.data))) {
      differences.push({ variables: body.variables ?? null, api: api.body.data, baseline: baseline.body.data ?? baseline.body });
    }
  }
  return differences;
}

/** SQL statements the API sends for one request of each query, counted in-process by QueryCounter. */
export async function countStatements(url, token, bodies) {
  const counter = new QueryCounter();
  const dataSource = createDataSource({ url, poolSize: 2, logger: counter, applicationName: 'sps-bench-count' });
  await dataSource.initialize();
  const noJobs = { enqueueEsrCredentialUpdates: async () => '', enqueueTemplateResolution: async () => '', enqueueSummaryEmails: async () => undefined };
  const server = await buildApiServer(dataSource, { GRAPHQL_INTROSPECTION: false, GRAPHQL_MAX_DEPTH: 10, GRAPHQL_MAX_COST: 20000, NODE_ENV: 'production' },
    (message, error) => console.error(message, error), noJobs);
  await new Promise((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${server.http.address().port}/graphql`;
  try {
    const counts = [];
    for (const body of bodies) {
      await post(endpoint, token, body);
      counter.reset();
      const answer = await post(endpoint, token, body);
      if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
      counts.push(counter.statements);
    }
    return counts;
  } finally {
    server.http.closeAllConnections();
    await new Promise((resolve) => server.http.close(resolve));
    await server.apollo.stop();
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

/**
 * Alternates baseline and API `rounds` times (shared, noisy machine: neither gets the quiet
 * minute alone), after a short warm-up of each; sums requests and takes the worst p99 per side.
 */
export async function measureReads({ apiUrl, baselineUrl, token, bodies, seconds, rounds = 2 }) {
  await load(baselineUrl, token, bodies, 1);
  await load(apiUrl, token, bodies, 1);
  const sides = { baseline: [], api: [] };
  for (let round = 0; round < rounds; round += 1) {
    sides.baseline.push(await load(baselineUrl, token, bodies, seconds));
    sides.api.push(await load(apiUrl, token, bodies, seconds));
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
