import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isApiKey } from '@staff-passport/core';
import { bearerTokenFrom } from './context';

/**
 * The portal's own operations, by id: the manifest codegen writes from the portal's documents
 * (apps/web/src/gql/persisted-documents.json). A portal session token can run only these, so a
 * token taken from a browser cannot run any other query; other NHS services use API keys, and
 * sign-in needs no token, so both may still send query text.
 */
export class PersistedDocuments {
  constructor(private readonly byId: ReadonlyMap<string, string>) {}

  /** The query text of a persisted operation, or undefined for an id nobody persisted. */
  text(id: string): string | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every operation, as [id, query text]. */
  entries(): IterableIterator<[string, string]> {
    return this.byId.entries();
  }
}

/**
 * In the repository and in the API's image alike, the manifest sits at the portal's path;
 * PERSISTED_DOCUMENTS_PATH names another file (the portal's release's, or one with more operations).
 */
export function persistedDocumentsPath(): string {
  return process.env.PERSISTED_DOCUMENTS_PATH?.trim() || path.resolve(__dirname, '../../web/src/gql/persisted-documents.json');
}

/** The manifest as a map of id to query text; it stops the API with a message when unreadable. */
export function readPersistedDocuments(file: string = persistedDocumentsPath()): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `The portal's operation manifest could not be read from ${file} (${error instanceof Error ? error.message : String(error)}): ` +
        'run `npm run codegen`, and copy the file into the API image',
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file} is not an object of operation ids to query text`);
  const entries = Object.entries(parsed);
  const malformed = entries.find(([, text]) => typeof text !== 'string');
  if (malformed) throw new Error(`${file}: the operation ${malformed[0]} has no query text`);
  return new Map(entries as [string, string][]);
}

export function loadPersistedDocuments(file?: string): PersistedDocuments {
  return new PersistedDocuments(readPersistedDocuments(file));
}

export interface GraphQLHttpRequest {
  method: string;
  /** The URL's query string, with its leading `?` (GET requests carry the operation there). */
  search: string;
  /** The parsed JSON body of a POST; a string when it was not JSON. */
  body: unknown;
  authorization: string | undefined;
}

export type PersistedDocumentOutcome =
  | { ok: true; search: string; body: unknown }
  | { ok: false; status: number; code: 'PERSISTED_DOCUMENT_NOT_FOUND' | 'PERSISTED_DOCUMENT_REQUIRED'; message: string };

export const PORTAL_SESSIONS_RUN_PERSISTED_ONLY =
  "Portal sessions can only run the portal's own operations; other NHS services use an API key (see docs/api.md)";

interface OperationParams {
  query?: unknown;
  extensions?: unknown;
}

function persistedIdOf(params: OperationParams): string | null {
  const id = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery?.sha256Hash;
  return typeof id === 'string' ? id : null;
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (!extensions || typeof extensions !== 'object') return undefined;
  const { persistedQuery: _persistedQuery, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length ? rest : undefined;
}

function parseJsonParam(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    // Apollo Server answers a malformed parameter itself
    return undefined;
  }
}

/**
 * Turns a request for a persisted operation (`extensions.persistedQuery.sha256Hash`, as Apollo
 * Client sends it) into the same request with the operation's text, and refuses query text from a
 * portal session token. Anything else passes unchanged to Apollo Server, whose own persisted-query
 * cache is off: only the manifest names operations.
 */
export function resolvePersistedDocument(request: GraphQLHttpRequest, documents: PersistedDocuments): PersistedDocumentOutcome {
  const token = bearerTokenFrom(request.authorization);
  const portalSession = token !== null && !isApiKey(token);
  const get = request.method === 'GET';
  const searchParams = new URLSearchParams(request.search);
  const body = request.body;
  const params: OperationParams | null = get
    ? { query: searchParams.get('query') ?? undefined, extensions: parseJsonParam(searchParams.get('extensions')) }
    : body && typeof body === 'object' && !Array.isArray(body)
      ? (body as OperationParams)
      : null;

  const id = params ? persistedIdOf(params) : null;
  if (id === null) {
    if (portalSession) return { ok: false, status: 403, code: 'PERSISTED_DOCUMENT_REQUIRED', message: PORTAL_SESSIONS_RUN_PERSISTED_ONLY };
    return { ok: true, search: request.search, body };
  }
  const text = documents.text(id);
  if (text === undefined) {
    return {
      ok: false,
      status: 400,
      code: 'PERSISTED_DOCUMENT_NOT_FOUND',
      message: `No operation has the id ${id.slice(0, 80)}: only the portal's own operations are known by id. Send the query text with an API key instead, or reload the portal if it was just updated.`,
    };
  }
  // the manifest's text runs, whatever text came with the id
  const extensions = withoutPersistedQuery(params!.extensions);
  if (get) {
    searchParams.set('query', text);
    if (extensions) searchParams.set('extensions', JSON.stringify(extensions));
    else searchParams.delete('extensions');
    return { ok: true, search: `?${searchParams.toString()}`, body };
  }
  const { extensions: _sent, ...rest } = body as Record<string, unknown>;
  return { ok: true, search: request.search, body: { ...rest, query: text, ...(extensions ? { extensions } : {}) } };
}
