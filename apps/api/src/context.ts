import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource } from 'typeorm';
import { actorForApiKey, actorForSessionToken, isApiKey, trustOfReader, type Actor, type JobEnqueuer } from '@staff-passport/core';
import { createLoaders, type Loaders } from './loaders';
import type { ReferenceDataCache } from './reference-data';

/** What every resolver receives: who is calling, their trust, and this request's loaders. */
export interface ApiContext {
  dataSource: DataSource;
  actor: Actor | null;
  /** The bearer token of the request, so sign-out can end that session. */
  bearerToken: string | null;
  loaders: Loaders;
  /** Where mutations that start background work enqueue it. */
  jobs: JobEnqueuer;
}

/** The bearer token of an Authorization header, or null when there is none. */
export function bearerTokenFrom(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? null;
}

/** Works out the caller from the Authorization header. A bad token is treated as no token. */
export async function buildContext(
  dataSource: DataSource,
  headers: IncomingHttpHeaders,
  jobs: JobEnqueuer,
  referenceData: ReferenceDataCache,
  requestStartedAt: number = Date.now(),
): Promise<ApiContext> {
  const bearerToken = bearerTokenFrom(headers.authorization);
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
  };
}
