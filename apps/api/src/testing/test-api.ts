import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import { createApiClient, hashPassword, isApiKey, JobQueues, QueueName, type ApiScope, type Logger, type PortalRole } from '@staff-passport/core';
import type { TestDatabase } from '@staff-passport/core/testing';
import type { DataSource } from 'typeorm';
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
  /** Creates a portal user in the trust and signs them in through the API; returns the session token. */
  signedInUser(organisationId: string, role: PortalRole): Promise<string>;
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
}

/** The real API server on a free port, against a suite's own database and queue prefix. */
export async function startTestApi(db: TestDatabase, options: TestApiOptions = {}): Promise<TestApi> {
  const limits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const jobs = new JobQueues({
    connection: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    prefix: `sps-test-api-${randomBytes(4).toString('hex')}`,
  });
  const nodeEnv = options.nodeEnv ?? 'test';
  const persisted = readPersistedDocuments();
  const persist = (query: string) => {
    const id = `sha256:${createHash('sha256').update(query).digest('hex')}`;
    persisted.set(id, query);
    return id;
  };
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
    new PersistedDocuments(persisted),
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

  const passwordHash = await hashPassword('Test-password-1');
  return {
    url,
    jobs,
    request,
    persist,
    async signedInUser(organisationId, role) {
      userCounter += 1;
      const username = `user${userCounter}.${role.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}`;
      await db.dataSource.query(
        `INSERT INTO portal_user (organisation_id, username, display_name, password_hash, role) VALUES ($1, $2, $3, $4, $5)`,
        [organisationId, username, `Test ${role}`, passwordHash, role],
      );
      const result = await request<{ signIn: { token: string } }>(
        'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
        { u: username, p: 'Test-password-1' },
      );
      if (!result.data?.signIn) throw new Error(`Sign-in failed: ${JSON.stringify(result.errors)}`);
      return result.data.signIn.token;
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
    },
  };
}
