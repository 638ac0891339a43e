import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { currentApiToken } from '@/lib/auth/api-token';
import { env } from '@/lib/env';
import { executeGraphQL } from '@/lib/graphql/execute';
import { fail, type CallError, type Result } from '@/lib/graphql/result';

/** What a server action gives back to its form when the change did not happen; on success it redirects. */
export interface ActionFailure {
  error: CallError;
}

/** Sends one operation to the API from a server action, as the signed-in user. */
export async function callApi<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<Result<TData>> {
  const token = await currentApiToken();
  if (!token) return fail({ kind: 'graphql', code: 'UNAUTHENTICATED', message: 'Your session has expired. Sign in again.' });
  return executeGraphQL(env().apiUrl, document, variables, { token });
}
