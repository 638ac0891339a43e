import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource } from 'typeorm';
import { actorForApiKey, actorForSessionToken, isApiKey, trustOfReader, type Actor, type JobEnqueuer, type SignInContext } from '@staff-passport/core';
import { createLoaders, type Loaders } from './loaders';
import type { ReferenceDataCache } from './reference-data';

/** What sign-in needs of the server: its rate limits, the TOTP secrets' key, and the caller's address. */
export type IdentityContext = Pick<SignInContext, 'signInThrottle' | 'mfaEncryptionKey' | 'clientAddress'>;

/** What every resolver receives: who is calling, their trust, and this request's loaders. */
export interface ApiContext extends IdentityContext {
  dataSource: DataSource;
  actor: Actor | null;
  /** The bearer token of the request, so sign-out can end that session. */
  bearerToken: string | null;
  loaders: Loaders;
  /** Where mutations that start background work enqueue it. */
  jobs: JobEnqueuer;
  /** The API's log: commands report a failed relay of their background work here. */
  log: (message: string, error?: unknown) => void;
}

/** Works out the caller from the Authorization header. A bad token is treated as no token. */
export async function buildContext(
  dataSource: DataSource,
  headers: IncomingHttpHeaders,
  jobs: JobEnqueuer,
  referenceData: ReferenceDataCache,
  log: (message: string, error?: unknown) => void,
  requestStartedAt: number = Date.now(),
  identity: IdentityContext,
): Promise<ApiContext> {
  const header = headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const bearerToken = match ? match[1] : null;
  let actor: Actor | null = null;
  if (bearerToken) {
    actor = isApiKey(bearerToken)
      ? await actorForApiKey(dataSource.manager, bearerToken)
      : await actorForSessionToken(dataSource.manager, bearerToken);
  }
  return {
    dataSource,
    actor,
    bearerToken,
    loaders: createLoaders(dataSource.manager, actor ? trustOfReader(actor) : null, referenceData, requestStartedAt),
    jobs,
    log,
    ...identity,
  };
}
