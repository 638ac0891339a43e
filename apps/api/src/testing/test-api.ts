import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import {
  createApiClient,
  encryptTotpSecret,
  hashPassword,
  isApiKey,
  JobQueues,
  mfaEncryptionKey,
  QueueName,
  SignInThrottle,
  totpCode,
  type ApiScope,
  type Logger,
  type PortalRole,
} from '@staff-passport/core';
import type { TestDatabase } from '@staff-passport/core/testing';
import type { DataSource } from 'typeorm';
import { AnswerCache, cacheableOperationIds } from '../answer-cache';
import { PersistedDocuments, readPersistedDocuments } from '../persisted-documents';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../query-limits';
import { buildApiServer, type ApiServer } from '../server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestApi {
  url: string;
  /** The suite's own queues (random prefix), where the API enqueues background work. */
  jobs: JobQueues;
  /**
   * Sends one operation over HTTP, as a client would. With a portal session token it goes as a
   * persisted operation, as the portal sends its own (see `persist`).
   */
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  /**
   * Creates an active portal user in the trust (no trust for a National Administrator) and signs them in
   * through the API as a person would: password, then a code from their authenticator app when their
   * role needs one (TEST_TOTP_SECRET). Returns the session token.
   */
  signedInUser(organisationId: string | null, role: PortalRole): Promise<string>;
  /** The same person, for tests that need more than the token. */
  aPortalUser(organisationId: string | null, role: PortalRole): Promise<{ id: string; username: string; token: string }>;
  /** The sign-in steps through the API (password, then a TOTP code when asked for one). */
  signIn(username: string, password: string, totpSecret?: string | null): Promise<string>;
  /**
   * Adds an operation to this server's persisted operations, as codegen adds the portal's, and
   * returns its id: portal sessions can run only persisted operations, and the suites check the
   * rules for portal users with operations of their own.
   */
  persist(query: string): string;
  /** Registers an API client and returns its key. */
  apiKey(odsCode: string | null, scopes: ApiScope[]): Promise<string>;
  close(): Promise<void>;
}

let userCounter = 0;

/** The password and authenticator secret of every user `signedInUser` makes. */
export const TEST_PASSWORD = 'Test-password-1';
export const TEST_TOTP_SECRET = 'TESTUSERTOTPSECRETAAAAAAAAAAAAAA';

const SIGN_IN = `mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { status token challengeToken } }`;
const COMPLETE_SIGN_IN = `mutation ($c: String!, $code: String!) { completeSignIn(challengeToken: $c, code: $code) { status token } }`;

export interface TestApiOptions {
  limits?: Partial<QueryLimits>;
  referenceDataMaxAgeSeconds?: number;
  /** `production` hides field suggestions and turns introspection off, as in a deployment. */
  nodeEnv?: 'test' | 'production';
  /** Another pool on the suite's database (e.g. a small one with short timeouts) instead of db.dataSource. */
  dataSource?: DataSource;
  readyTimeoutMs?: number;
  /** Where the API's log lines go (silent under jest by default). */
  logger?: Logger;
  /**
   * Failed sign-ins allowed per client address. Every request of a suite comes from 127.0.0.1, so by
   * default it is raised high enough not to stand in for the per-username limit the tests look at
   * (tests/security covers the address limit).
   */
  maxFailuresPerAddress?: number;
  /**
   * The answer cache (answer-cache.ts) this server shares with other test servers, e.g. a second API
   * process of the same suite; by default one of its own under the suite's prefix, on as in a deployment.
   */
  answerCache?: AnswerCache | null;
  /** The query names the server's own answer cache keeps answers of. @defaultValue CACHEABLE_OPERATIONS */
  cacheableOperations?: readonly string[];
}

/** The real API server on a free port, against a suite's own database and queue prefix. */
export async function startTestApi(db: TestDatabase, options: TestApiOptions = {}): Promise<TestApi> {
  const limits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `sps-test-api-${randomBytes(4).toString('hex')}`;
  const jobs = new JobQueues({ connection: redisUrl, prefix });
  const signInThrottle = SignInThrottle.connect(redisUrl, { keyPrefix: `${prefix}:sign-in`, maxFailuresPerAddress: options.maxFailuresPerAddress ?? 100_000 });
  const nodeEnv = options.nodeEnv ?? 'test';
  const persisted = readPersistedDocuments();
  const persist = (query: string) => {
    const id = `sha256:${createHash('sha256').update(query).digest('hex')}`;
    persisted.set(id, query);
    return id;
  };
  const documents = new PersistedDocuments(persisted);
  // as the API builds its own: never older than the reference data may be (server.ts)
  const answerMaxAge = Math.min(60, options.referenceDataMaxAgeSeconds ?? 60);
  const ownAnswerCache =
    options.answerCache === undefined && answerMaxAge > 0
      ? AnswerCache.connect(redisUrl, { prefix, maxAgeSeconds: answerMaxAge, operationIds: cacheableOperationIds(documents, options.cacheableOperations) })
      : null;
  const answerCache = options.answerCache === undefined ? ownAnswerCache : options.answerCache;
  const server: ApiServer = await buildApiServer(
    options.dataSource ?? db.dataSource,
    {
      GRAPHQL_INTROSPECTION: nodeEnv !== 'production',
      GRAPHQL_MAX_DEPTH: limits.maxDepth,
      GRAPHQL_MAX_ALIASES: limits.maxAliases,
      GRAPHQL_MAX_TOKENS: limits.maxTokens,
      GRAPHQL_MAX_COST: limits.maxCost,
      GRAPHQL_MAX_EXECUTION_MS: limits.maxExecutionMs,
      NODE_ENV: nodeEnv,
      REFERENCE_DATA_MAX_AGE_SECONDS: options.referenceDataMaxAgeSeconds,
      READY_TIMEOUT_MS: options.readyTimeoutMs,
    },
    (message, error) => {
      throw new Error(`${message}: ${error instanceof Error ? error.stack : String(error)}`);
    },
    jobs,
    options.logger,
    documents,
    { signInThrottle, answerCache },
  );
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  const { port } = server.http.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;

  const request: TestApi['request'] = async (query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(
        token && !isApiKey(token) ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: persist(query) } } } : { query, variables },
      ),
    });
    const body = (await response.json()) as GraphQLResponse;
    return { status: response.status, data: body.data as never, errors: body.errors };
  };

  const passwordHash = await hashPassword(TEST_PASSWORD);
  const totpSecret = encryptTotpSecret(mfaEncryptionKey({}), TEST_TOTP_SECRET);

  const signIn: TestApi['signIn'] = async (username, password, secret = TEST_TOTP_SECRET) => {
    const first = await request<{ signIn: { status: string; token: string | null; challengeToken: string | null } }>(SIGN_IN, { u: username, p: password });
    if (!first.data?.signIn) throw new Error(`Sign-in failed: ${JSON.stringify(first.errors)}`);
    if (first.data.signIn.status === 'SIGNED_IN') return first.data.signIn.token!;
    if (first.data.signIn.status !== 'MFA_REQUIRED' || !secret) throw new Error(`Sign-in needs ${first.data.signIn.status}`);
    const second = await request<{ completeSignIn: { token: string } }>(COMPLETE_SIGN_IN, { c: first.data.signIn.challengeToken, code: totpCode(secret) });
    if (!second.data?.completeSignIn) throw new Error(`Second factor refused: ${JSON.stringify(second.errors)}`);
    return second.data.completeSignIn.token;
  };

  const aPortalUser: TestApi['aPortalUser'] = async (organisationId, role) => {
    userCounter += 1;
    const username = `user${userCounter}.${role.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}@test.nhs.uk`;
    // Senior and national administrators always have a second factor; Portal Administrators only
    // where their trust asks for one.
    const [{ id, enrolled }]: { id: string; enrolled: boolean }[] = await db.dataSource.query(
      `INSERT INTO portal_user (organisation_id, username, email, display_name, password_hash, role, status, totp_secret_encrypted, totp_enrolled_at)
       SELECT $1, $2, $2, $3, $4, $5, 'ACTIVE', s.secret, CASE WHEN s.secret IS NULL THEN NULL ELSE now() END
         FROM (SELECT CASE WHEN $5 <> 'PORTAL_ADMINISTRATOR'
                            OR (SELECT portal_administrator_mfa_required FROM organisation WHERE id = $1)
                           THEN $6::text END AS secret) s
       RETURNING id, totp_enrolled_at IS NOT NULL AS enrolled`,
      [organisationId, username, `Test ${role}`, passwordHash, role, totpSecret],
    );
    const token = await signIn(username, TEST_PASSWORD, enrolled ? TEST_TOTP_SECRET : null);
    return { id, username, token };
  };

  return {
    url,
    jobs,
    request,
    persist,
    signIn,
    aPortalUser,
    async signedInUser(organisationId, role) {
      return (await aPortalUser(organisationId, role)).token;
    },
    async apiKey(odsCode, scopes) {
      const { apiKey } = await createApiClient(db.dataSource, { name: `Client ${scopes.join('+') || 'none'}`, odsCode, scopes });
      return apiKey;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.http.close(() => resolve()));
      server.http.closeAllConnections();
      await closed;
      await server.apollo.stop();
      for (const name of Object.values(QueueName)) await jobs.queue(name).obliterate({ force: true });
      await jobs.close();
      await signInThrottle.close();
      ownAnswerCache?.close();
    },
  };
}
