'use client';

import { ApolloLink, HttpLink } from '@apollo/client';
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from '@apollo/client-integration-nextjs';
import type { ReactNode } from 'react';
import { persistedOperationLink } from '@/lib/graphql/persisted';

/**
 * The browser's Apollo Client: every call goes to the portal's own /api/graphql, which adds the
 * token; it sends only the ids of the portal's persisted operations.
 */
function makeClient() {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([persistedOperationLink(), new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' })]),
    // Apollo would ask for __typename for its cache, but only the persisted text runs and it has
    // none: results bypass the cache.
    defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
  });
}

export function ApolloWrapper({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
