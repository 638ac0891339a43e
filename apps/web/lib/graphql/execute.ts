import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { persistedOperationBody } from './persisted';
import { fail, resultFromResponse, type Result } from './result';

/**
 * Sends one of the portal's persisted operations (its id, not its text) to a GraphQL endpoint with
 * fetch and returns a Result. Used on the server (sign-in, the session check) where Apollo's cache
 * has no use.
 */
export async function executeGraphQL<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<Result<TData>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      // Apollo Server's CSRF prevention accepts JSON requests.
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify(persistedOperationBody(document, variables)),
      signal: options.signal ?? AbortSignal.timeout(15_000),
      cache: 'no-store',
    });
  } catch (error) {
    return fail({ kind: 'network', message: error instanceof Error ? error.message : String(error) });
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    return fail({ kind: 'http', status: response.status, message: `The API answered with HTTP ${response.status}` });
  }
  return resultFromResponse<TData>(response.status, body);
}
