import { createHash } from 'node:crypto';
import { redisConnection } from '@staff-passport/core';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { PersistedDocuments } from './persisted-documents';

/**
 * The portal's page queries whose answer depends only on the caller and their trust's data (and the
 * national reference data, see maxAgeSeconds): nothing in them reads the clock or anything outside the
 * database. A query that is not named here is always executed.
 */
export const CACHEABLE_OPERATIONS: readonly string[] = [
  'PortalLayout',
  'CurrentSession',
  'OrganisationPage',
  'ChangeContactPage',
  'NotificationsPage',
  'NotificationEmailPage',
  'SendSummaryNowPage',
  'CredentialsPage',
  'TemplatesPage',
  'TemplatePage',
  'TemplateName',
  'TemplateAsSaved',
  'DeleteTemplatePage',
  'ChangeTemplatePage',
  'NewTemplatePage',
  'TemplateCheckPage',
  'EffectiveTemplateForm',
  'EffectiveTemplate',
  'JobRolesPage',
  'JobRoleNames',
  'StaffGroupJobRoles',
];

/** The ids of the manifest's queries named in CACHEABLE_OPERATIONS (a mutation of the same name is never one). */
export function cacheableOperationIds(documents: PersistedDocuments, names: readonly string[] = CACHEABLE_OPERATIONS): Set<string> {
  const wanted = new Set(names);
  const ids = new Set<string>();
  for (const [id, text] of documents.entries()) {
    let operations: OperationDefinitionNode[];
    try {
      operations = parse(text).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
    } catch {
      continue;
    }
    if (operations.length === 1 && operations[0].operation === 'query' && wanted.has(operations[0].name?.value ?? '')) ids.add(id);
  }
  return ids;
}

/** Answers kept in each API process, in front of Redis. */
export const DEFAULT_LOCAL_BYTES = 16 * 1024 * 1024;

/** What a cached answer is found by: whose it is, at which data version of their trust, and the request. */
export interface AnswerKey {
  organisationId: string;
  dataVersion: string;
  portalUserId: string;
  operationId: string;
  variables: unknown;
  /** The Accept header: it chooses the answer's content type. */
  accept: string | undefined;
}

export interface CachedAnswer {
  contentType: string;
  body: Buffer;
}

/**
 * Answers of the portal's page queries, per trust, in Redis (shared by every API process), keyed by
 * the trust's data version: every change of the trust's data increments it in the change's own
 * transaction (db migration OrganisationDataVersion), and each request reads it in the same statement
 * as its session, before anything else. An answer is stored under the version its request read first,
 * so it holds data at least that new, and a request finds only answers stored under the version it read
 * itself. A read after a change (an API command or a worker job, in any process) therefore reads a newer
 * version than any answer computed before the change was committed, and computes its answer afresh:
 * never the old value. A hit costs that one statement and one Redis GET (none when this process holds
 * the answer). National reference data (staff groups, catalogue, default templates) has no version:
 * each API process already answers from a copy up to REFERENCE_DATA_MAX_AGE_SECONDS old, and an answer
 * lives no longer than that. Redis failing or slow only means executing the query.
 */
export class AnswerCache {
  /**
   * This process's most recent answers, in front of Redis: the key holds the version, so a copy here
   * is exactly as fresh as Redis's. Least recently used first, at most `localBytes` of answers.
   */
  private readonly local = new Map<string, { answer: CachedAnswer; expiresAt: number }>();
  private localSize = 0;
  /** Answers being computed in this process, so that requests arriving meanwhile wait for them instead of computing them again. */
  private readonly computing = new Map<string, Promise<CachedAnswer | null>>();

  private constructor(
    private readonly redis: ReturnType<typeof redisConnection>,
    readonly operationIds: ReadonlySet<string>,
    private readonly prefix: string,
    readonly maxAgeSeconds: number,
    private readonly localBytes: number,
  ) {}

  static connect(
    url: string,
    options: { prefix: string; maxAgeSeconds: number; operationIds: ReadonlySet<string>; localBytes?: number },
  ): AnswerCache {
    return new AnswerCache(
      redisConnection(url, 'cache'),
      options.operationIds,
      `${options.prefix}:answers`,
      options.maxAgeSeconds,
      options.localBytes ?? DEFAULT_LOCAL_BYTES,
    );
  }

  /** Whether this persisted operation's answers may be cached at all. */
  caches(operationId: string | null): operationId is string {
    return operationId !== null && this.maxAgeSeconds > 0 && this.operationIds.has(operationId);
  }

  key(key: AnswerKey): string {
    const request = createHash('sha256')
      .update(JSON.stringify([key.operationId, key.variables ?? null, key.accept ?? '']))
      .digest('base64url');
    return `${this.prefix}:${key.organisationId}:${key.dataVersion}:${key.portalUserId}:${request}`;
  }

  async get(key: string): Promise<CachedAnswer | null> {
    const here = this.local.get(key);
    if (here) {
      this.local.delete(key);
      if (here.expiresAt > Date.now()) {
        this.local.set(key, here);
        return here.answer;
      }
      this.localSize -= here.answer.body.length;
    }
    try {
      const stored = await this.redis.getBuffer(key);
      if (!stored) return null;
      const newline = stored.indexOf(10);
      if (newline < 0) return null;
      const answer = { contentType: stored.subarray(0, newline).toString('utf8'), body: stored.subarray(newline + 1) };
      // Redis does not say how long the answer has left: kept here no longer than it could be there
      this.keep(key, answer, Date.now() + this.maxAgeSeconds * 1000);
      return answer;
    } catch {
      return null;
    }
  }

  async set(key: string, answer: { contentType: string; body: string }): Promise<void> {
    const body = Buffer.from(answer.body, 'utf8');
    this.keep(key, { contentType: answer.contentType, body }, Date.now() + this.maxAgeSeconds * 1000);
    try {
      await this.redis.set(key, Buffer.concat([Buffer.from(`${answer.contentType}\n`, 'utf8'), body]), 'EX', this.maxAgeSeconds);
    } catch {
      // kept in this process only: another process executes the query
    }
  }

  /**
   * The answer to `key` computed once in this process however many requests ask for it at once:
   * the first runs `compute` (null: nothing to keep, e.g. an answer with errors), the others wait for
   * it and get its answer, or null, when they must compute their own.
   */
  async once(key: string, compute: () => Promise<{ contentType: string; body: string } | null>): Promise<{ answer: CachedAnswer | null; computed: boolean }> {
    const running = this.computing.get(key);
    if (running) return { answer: await running.catch(() => null), computed: false };
    let finish!: (answer: CachedAnswer | null) => void;
    const promise = new Promise<CachedAnswer | null>((resolve) => (finish = resolve));
    this.computing.set(key, promise);
    try {
      const computed = await compute();
      if (!computed) {
        finish(null);
        return { answer: null, computed: true };
      }
      await this.set(key, computed);
      const answer = this.local.get(key)?.answer ?? { contentType: computed.contentType, body: Buffer.from(computed.body, 'utf8') };
      finish(answer);
      return { answer, computed: true };
    } catch (error) {
      finish(null);
      throw error;
    } finally {
      this.computing.delete(key);
    }
  }

  private keep(key: string, answer: CachedAnswer, expiresAt: number): void {
    if (answer.body.length > this.localBytes / 4) return;
    const previous = this.local.get(key);
    if (previous) {
      this.local.delete(key);
      this.localSize -= previous.answer.body.length;
    }
    this.local.set(key, { answer, expiresAt });
    this.localSize += answer.body.length;
    for (const [oldest, entry] of this.local) {
      if (this.localSize <= this.localBytes) break;
      this.local.delete(oldest);
      this.localSize -= entry.answer.body.length;
    }
  }

  close(): void {
    this.redis.disconnect();
  }
}
