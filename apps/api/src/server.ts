import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import {
  createLogger,
  databaseReadiness,
  JobQueues,
  jobsConfigSchema,
  logCallback,
  mfaEncryptionKey,
  readConfig,
  requestIdFrom,
  sessionForToken,
  SignInThrottle,
  isApiKey,
  withRequestId,
  type JobEnqueuer,
  type Logger,
} from '@staff-passport/core';
import { AnswerCache, cacheableOperationIds } from './answer-cache';
import { ClientAddresses, DEFAULT_TRUSTED_PROXIES } from './client-address';
import { DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS, queryLimits, type ApiConfig } from './config';
import { bearerTokenFrom, RequestContext, type IdentityContext } from './context';
import { fieldErrorsPlugin, formatError, serviceUnavailable } from './errors';
import { checkQueryCost, limitParseOptions, limitValidationRules, timeBudgetPlugin, type QueryLimits } from './query-limits';
import { loadPersistedDocuments, resolvePersistedDocument, type PersistedDocuments } from './persisted-documents';
import { ReferenceDataCache } from './reference-data';
import { resolvers } from './resolvers';
import { refuseControlCharacters } from './text-input';

/** The schema travels with the build; in the repository it is the root schema.graphql. */
export function loadTypeDefs(): string {
  const candidates = [path.resolve(__dirname, '../../../schema.graphql'), path.resolve(process.cwd(), 'schema.graphql')];
  for (const candidate of candidates) {
    try {
      return readFileSync(candidate, 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new Error(`schema.graphql not found (looked in ${candidates.join(', ')})`);
}

const MAX_BODY_BYTES = 1024 * 1024;

const DEFAULT_READY_TIMEOUT_MS = 2000;

/**
 * Once the operation is parsed, validated and known, and before anything runs: its cost with the
 * variables' page sizes, and every text it carries. Only then is the caller read from the database,
 * so a refused operation costs no SQL.
 */
function checkThenAuthenticate(limits: QueryLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const operation = { schema, document, variables: request.variables, operationName: operationName ?? undefined };
          checkQueryCost(limits, operation);
          refuseControlCharacters(operation);
          await contextValue.authenticate().catch((error: unknown) => {
            throw serviceUnavailable(error) ?? error;
          });
        },
      };
    },
  };
}

export interface ApiServer {
  apollo: ApolloServer<RequestContext>;
  http: Server;
  jobs: JobEnqueuer;
}

type ApiServerConfig = Pick<ApiConfig, 'GRAPHQL_INTROSPECTION' | 'NODE_ENV'> &
  Partial<
    Pick<
      ApiConfig,
      | 'GRAPHQL_MAX_DEPTH'
      | 'GRAPHQL_MAX_ALIASES'
      | 'GRAPHQL_MAX_TOKENS'
      | 'GRAPHQL_MAX_COST'
      | 'GRAPHQL_MAX_EXECUTION_MS'
      | 'REFERENCE_DATA_MAX_AGE_SECONDS'
      | 'ANSWER_CACHE_MAX_AGE_SECONDS'
      | 'READY_TIMEOUT_MS'
      | 'MFA_ENCRYPTION_KEY'
      | 'TRUSTED_PROXIES'
      | 'SIGN_IN_MAX_FAILURES_PER_ADDRESS'
    >
  >;

/**
 * Apollo Server behind a plain Node HTTP server: `POST /graphql` (and GET for queries), `GET /health`
 * (the process answers) and `GET /ready` (the database and the queue backend answer too, within
 * READY_TIMEOUT_MS, and the pool has a connection to spare). Every operation is held to the query
 * limits (query-limits.ts) and refused before it runs when it is over one. CSRF
 * prevention is on: browsers must send JSON or a preflight-forcing header. Every request gets an id
 * (the caller's `x-request-id` or a new one), returned in `x-request-id` and on each of its log lines.
 * Background work goes to `jobs`; without it, to the queues at REDIS_URL (closed when Apollo stops).
 * Operations known by id are the portal's (`persistedDocuments`, by default its manifest); a portal
 * session token runs only those.
 */
export async function buildApiServer(
  dataSource: DataSource,
  config: ApiServerConfig,
  log?: (message: string, error?: unknown) => void,
  jobs?: JobEnqueuer,
  logger: Logger = createLogger('api'),
  persistedDocuments: PersistedDocuments = loadPersistedDocuments(),
  options: { signInThrottle?: SignInThrottle; answerCache?: AnswerCache | null } = {},
): Promise<ApiServer> {
  const report = log ?? logCallback(logger);
  let ownJobs: JobQueues | null = null;
  if (!jobs) {
    const { REDIS_URL, QUEUE_PREFIX } = readConfig(jobsConfigSchema);
    jobs = ownJobs = new JobQueues({ connection: REDIS_URL, prefix: QUEUE_PREFIX, log: report });
  }
  const enqueuer = jobs;
  // Sign-in's rate limits live in Redis, shared by every API process; a command that Redis does not
  // answer at once falls back to this process's own counts (sign-in-throttle.ts).
  let ownThrottle: SignInThrottle | null = null;
  let signInThrottle = options.signInThrottle;
  if (!signInThrottle) {
    const { REDIS_URL, QUEUE_PREFIX } = readConfig(jobsConfigSchema);
    signInThrottle = ownThrottle = SignInThrottle.connect(REDIS_URL, {
      keyPrefix: `${QUEUE_PREFIX}:sign-in`,
      maxFailuresPerAddress: config.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
    });
  }
  const identity = { signInThrottle, mfaEncryptionKey: mfaEncryptionKey(config) };
  // Answers of the portal's page queries, shared by every API process through Redis (answer-cache.ts);
  // never older than this process's copy of the reference data may be.
  let ownAnswerCache: AnswerCache | null = null;
  let answerCache = options.answerCache;
  if (answerCache === undefined) {
    const maxAgeSeconds = Math.min(
      config.ANSWER_CACHE_MAX_AGE_SECONDS ?? DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS,
      config.REFERENCE_DATA_MAX_AGE_SECONDS ?? DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS,
    );
    if (maxAgeSeconds > 0) {
      const { REDIS_URL, QUEUE_PREFIX } = readConfig(jobsConfigSchema);
      answerCache = ownAnswerCache = AnswerCache.connect(REDIS_URL, {
        prefix: QUEUE_PREFIX,
        maxAgeSeconds,
        operationIds: cacheableOperationIds(persistedDocuments),
      });
    } else {
      answerCache = null;
    }
  }
  const clientAddresses = new ClientAddresses(config.TRUSTED_PROXIES ?? DEFAULT_TRUSTED_PROXIES);
  const referenceData = new ReferenceDataCache(dataSource.manager, (config.REFERENCE_DATA_MAX_AGE_SECONDS ?? DEFAULT_REFERENCE_DATA_MAX_AGE_SECONDS) * 1000);
  const limits = queryLimits(config);
  const errorLog = {
    fault: (fault: unknown) => report('Unexpected error in a request', fault),
    unavailable: (reason: string, error: unknown) => logger.warn({ err: error }, `Database wait ran out: ${reason}`),
  };
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.GRAPHQL_INTROSPECTION,
    csrfPrevention: true,
    // no caller may register an operation: the only ids are the portal's (persisted-documents.ts)
    persistedQueries: false,
    // main.ts stops the server on SIGTERM/SIGINT itself, after the HTTP server.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: limitParseOptions(limits),
    validationRules: limitValidationRules(limits),
    formatError: (formatted, error) => formatError(formatted, error, errorLog, config.NODE_ENV === 'production'),
    plugins: [
      // No field carries cache hints and nothing caches responses; the default plugin would still wrap
      // every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      fieldErrorsPlugin,
      checkThenAuthenticate(limits),
      timeBudgetPlugin(limits) as ApolloServerPlugin<RequestContext>,
      {
        serverWillStart: async () => ({
          serverWillStop: async () => {
            await ownJobs?.close();
            await ownThrottle?.close();
            ownAnswerCache?.close();
          },
        }),
      },
    ],
  });
  await apollo.start();

  const http = createServer((request, response) => {
    const requestId = requestIdFrom(request.headers['x-request-id']);
    response.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    withRequestId(requestId, () => {
      response.once('finish', () => {
        const path = (request.url ?? '/').split('?')[0];
        if (path === '/health' || path === '/ready') return;
        logger.info(
          { method: request.method, path, status: response.statusCode, ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000 },
          'request',
        );
      });
      const clientAddress = clientAddresses.of(request.socket.remoteAddress, request.headers['x-forwarded-for']);
      const readyTimeoutMs = config.READY_TIMEOUT_MS ?? DEFAULT_READY_TIMEOUT_MS;
      const context = {
        dataSource,
        jobs: enqueuer,
        referenceData,
        persistedDocuments,
        answerCache,
        log: report,
        readyTimeoutMs,
        identity: { ...identity, clientAddress },
      };
      handle(apollo, context, request, response).catch((error: unknown) => {
        report('Request failed', error);
        if (!response.headersSent) sendJson(response, 500, { error: 'Internal server error' });
        else response.end();
      });
    });
  });
  return { apollo, http, jobs: enqueuer };
}

async function handle(
  apollo: ApolloServer<RequestContext>,
  {
    dataSource,
    jobs,
    referenceData,
    persistedDocuments,
    answerCache,
    log,
    readyTimeoutMs,
    identity,
  }: {
    dataSource: DataSource;
    jobs: JobEnqueuer;
    referenceData: ReferenceDataCache;
    persistedDocuments: PersistedDocuments;
    answerCache: AnswerCache | null;
    log: (message: string, error?: unknown) => void;
    readyTimeoutMs: number;
    identity: IdentityContext;
  },
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const startedAt = Date.now();
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health' && request.method === 'GET') {
    sendJson(response, 200, { status: 'ok' });
    return;
  }
  if (url.pathname === '/ready' && request.method === 'GET') {
    // Both bounded: the database check by readyTimeoutMs, the queue backend's ping by its own 2 s.
    const [database, queues] = await Promise.all([
      databaseReadiness(dataSource, readyTimeoutMs),
      jobs.ping ? jobs.ping().then((answered) => answered, () => false) : Promise.resolve(true),
    ]);
    const ready = database.ready && queues;
    const reasons = [database.reason, queues ? undefined : 'the queue backend did not answer'].filter(Boolean);
    sendJson(response, ready ? 200 : 503, {
      status: ready ? 'ready' : 'unavailable',
      database: database.ready,
      queues,
      ...(ready ? {} : { reason: reasons.join('; ') }),
    });
    return;
  }
  if (url.pathname !== '/graphql') {
    sendJson(response, 404, { error: 'Not found: the API is at /graphql' });
    return;
  }
  if (request.method !== 'GET' && request.method !== 'POST') {
    response.setHeader('allow', 'GET, POST');
    sendJson(response, 405, { error: 'Use GET or POST' });
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (request.method === 'POST') {
    const raw = await readBody(request);
    if (raw === null) {
      sendJson(response, 413, { error: `Request body larger than ${MAX_BODY_BYTES} bytes` });
      return;
    }
    if (headers.get('content-type')?.includes('application/json')) {
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    } else {
      body = raw;
    }
  }
  const operation = resolvePersistedDocument({ method: request.method, search: url.search, body, authorization: request.headers.authorization }, persistedDocuments);
  if (!operation.ok) {
    sendJson(response, operation.status, { errors: [{ message: operation.message, extensions: { code: operation.code } }] });
    return;
  }
  // A portal page's query: the session and the trust's data version in one statement, then the answer
  // from the cache when it holds one for that version (answer-cache.ts).
  let cacheKey: string | null = null;
  let knownActor: RequestContext['actor'] | undefined;
  const token = bearerTokenFrom(request.headers.authorization);
  const operationId = request.method === 'POST' ? persistedOperationIdOf(body) : null;
  if (answerCache?.caches(operationId) && token && !isApiKey(token) && headers.get('content-type')?.includes('application/json')) {
    const session = await sessionForToken(directQuery(dataSource), token).catch(() => undefined);
    if (session !== undefined) knownActor = session?.actor ?? null;
    if (session?.actor.organisationId) {
      cacheKey = answerCache.key({
        organisationId: session.actor.organisationId,
        dataVersion: session.dataVersion,
        portalUserId: session.actor.id,
        operationId,
        variables: (body as { variables?: unknown }).variables,
        accept: request.headers.accept,
      });
      const cached = await answerCache.get(cacheKey);
      if (cached) {
        sendAnswer(response, cached);
        return;
      }
    }
  }
  const { search, body: operationBody } = operation;
  const method = request.method;
  const execute = async (): Promise<{ contentType: string; body: string } | null> => {
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body: operationBody },
      context: async () => new RequestContext(dataSource, request.headers, jobs, referenceData, log, identity, startedAt, knownActor),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      const answer = result.body.string;
      response.end(answer);
      // only a whole answer without errors (Apollo writes `errors` first when there are any)
      return response.statusCode === 200 && answer.startsWith('{"data":')
        ? { contentType: result.headers.get('content-type') ?? 'application/json; charset=utf-8', body: answer }
        : null;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
    return null;
  };
  if (cacheKey && answerCache) {
    // requests for the same answer arriving while it is computed wait for it (a page opened by many at once after a change)
    const { answer, computed } = await answerCache.once(cacheKey, execute);
    if (computed) return;
    if (answer) {
      sendAnswer(response, answer);
      return;
    }
  }
  await execute();
}

function sendAnswer(response: ServerResponse, answer: { contentType: string; body: Buffer }): void {
  response.statusCode = 200;
  response.setHeader('content-type', answer.contentType);
  response.end(answer.body);
}

/**
 * The statement of a cached answer straight on TypeORM's pool (the same connections, with the same
 * timeouts), without a query runner per statement; it is still logged, so statement counts include it.
 */
function directQuery(dataSource: DataSource): Pick<EntityManager, 'query'> {
  const pool = (dataSource.driver as PostgresDriver).master as { query(sql: string, parameters?: unknown[]): Promise<{ rows: unknown[] }> };
  const query = async (sql: string, parameters?: unknown[]) => {
    dataSource.logger.logQuery(sql, parameters);
    return (await pool.query(sql, parameters)).rows;
  };
  return { query: query as Pick<EntityManager, 'query'>['query'] };
}

/** The persisted id a POST body names, if any. */
function persistedOperationIdOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const id = (body as { extensions?: { persistedQuery?: { sha256Hash?: unknown } } }).extensions?.persistedQuery?.sha256Hash;
  return typeof id === 'string' ? id : null;
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}
