import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/**
 * The portal sends the API only the ids of its own operations, never query text: codegen writes
 * each operation to src/gql/persisted-documents.json and puts its id on the document as
 * `__meta__.hash`. The relay forwards only those ids and the API runs only those for a portal
 * session, so a stolen session cannot run a query the portal does not.
 */
export interface PersistedOperationBody {
  operationName?: string;
  variables?: unknown;
  extensions: { persistedQuery: { version: 1; sha256Hash: string } };
}

export function documentIdOf(document: DocumentNode): string {
  const id = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof id !== 'string') {
    throw new Error('This GraphQL document has no persisted id: write it with graphql() from @/src/gql and run `npm run codegen`');
  }
  return id;
}

export function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

/** The request body that runs a persisted portal operation. */
export function persistedOperationBody(document: DocumentNode, variables: unknown): PersistedOperationBody {
  return {
    operationName: operationNameOf(document),
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: documentIdOf(document) } },
  };
}

/**
 * Apollo Client's link that sends the id instead of the text. An unknown id is never retried
 * with the text: the relay and the API would refuse it.
 */
export function persistedOperationLink(): PersistedQueryLink {
  return new PersistedQueryLink({ generateHash: documentIdOf, retry: () => false, disable: () => false });
}
