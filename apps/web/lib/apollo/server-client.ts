import { ApolloLink, HttpLink } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { redirect } from 'next/navigation';
import { currentApiToken } from '@/lib/auth/api-token';
import { hasSessionCookie, SESSION_EXPIRED_PATH, SIGN_IN_PATH } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { persistedOperationLink } from '@/lib/graphql/persisted';
import { describeError, isUnauthenticated, type Result } from '@/lib/graphql/result';
import { toResult } from './to-result';

/** One Apollo Client per request for server components; it talks to the API directly. */
export const { getClient } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.from([persistedOperationLink(), new HttpLink({ uri: env().apiUrl, fetchOptions: { cache: 'no-store' } })]),
      defaultOptions: { query: { fetchPolicy: 'no-cache' } },
    }),
);

export { SESSION_EXPIRED_PATH };

/**
 * Runs a query for a server page as the signed-in user and returns a Result. Without a session the
 * user goes to sign in; a session that is over (by its expiry, or as the API says) has its cookie
 * cleared on the way, with a message.
 */
export async function serverQueryResult<TData, TVariables extends Record<string, unknown>>(
  query: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<Result<TData>> {
  const token = await currentApiToken();
  if (!token) redirect((await hasSessionCookie()) ? SESSION_EXPIRED_PATH : SIGN_IN_PATH);
  const { data, error } = await getClient().query<TData, TVariables>({
    query,
    variables: variables as TVariables,
    errorPolicy: 'all',
    fetchPolicy: 'no-cache',
    context: { headers: { authorization: `Bearer ${token}` } },
  } as never);
  const result = toResult(data as TData | undefined, error);
  if (!result.ok && isUnauthenticated(result.error)) redirect(SESSION_EXPIRED_PATH);
  return result;
}

/** Like serverQueryResult, but any failure is thrown for the segment's error.tsx to show. */
export async function serverQuery<TData, TVariables extends Record<string, unknown>>(
  query: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const result = await serverQueryResult(query, variables);
  if (!result.ok) throw new Error(describeError(result.error));
  return result.data;
}
