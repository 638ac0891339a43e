import type { PersistedOperationBody } from '@/lib/graphql/persisted';

/**
 * What the portal's relay (/api/graphql) accepts: posts from the portal's own pages, carrying the id
 * of one of the portal's persisted operations. Everything else is refused before the user's token
 * is added.
 */

export interface RelayRefusal {
  status: number;
  code: string;
  message: string;
}

/** Bodies of the portal's operations are small; anything larger is not one of them. */
export const MAX_RELAY_BODY_CHARACTERS = 64 * 1024;

/**
 * Null when the request comes from a page of the portal itself. Browsers send `Origin` with every
 * POST; where it is missing, `Sec-Fetch-Site` says whether the request is same-origin. A request
 * with neither is not from a browser page of the portal, and is refused too.
 */
export function crossOriginRefusal(headers: Headers, portalOrigin: string): RelayRefusal | null {
  const expected = new URL(portalOrigin).origin;
  const origin = headers.get('origin');
  const fetchSite = headers.get('sec-fetch-site');
  const sameOrigin = origin !== null ? origin === expected : fetchSite === 'same-origin';
  if (sameOrigin) return null;
  return {
    status: 403,
    code: 'FORBIDDEN',
    message: 'Only the portal’s own pages can use this address: the request came from another site.',
  };
}

export type RelayOperation = { ok: true; body: PersistedOperationBody } | { ok: false; refusal: RelayRefusal };

const notPortalOperation = (message: string): RelayOperation => ({
  ok: false,
  refusal: { status: 400, code: 'PERSISTED_DOCUMENT_REQUIRED', message },
});

/**
 * The body to forward: the persisted operation's id, its variables and operation name, and nothing
 * else the caller sent. Query text and ids that are not in the portal's manifest are refused.
 */
export function relayOperationFrom(bodyText: string, manifest: Readonly<Record<string, string>>): RelayOperation {
  if (bodyText.length > MAX_RELAY_BODY_CHARACTERS) return notPortalOperation('The request is too large to be one of the portal’s operations.');
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return notPortalOperation('The request body is not JSON: only the portal’s own operations can be sent here.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return notPortalOperation('Send one operation as a JSON object: only the portal’s own operations can be sent here.');
  }
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (query !== undefined) return notPortalOperation('Query text is not accepted here: only the portal’s own operations can be sent, by id.');
  const id = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  if (typeof id !== 'string' || !Object.hasOwn(manifest, id)) {
    return notPortalOperation('This is not one of the portal’s operations: reload the page and try again.');
  }
  if (operationName !== undefined && typeof operationName !== 'string') return notPortalOperation('operationName must be a string.');
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return notPortalOperation('variables must be an object.');
  }
  return {
    ok: true,
    body: {
      ...(operationName === undefined ? {} : { operationName }),
      variables: variables ?? {},
      extensions: { persistedQuery: { version: 1, sha256Hash: id } },
    },
  };
}
