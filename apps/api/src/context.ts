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

/** The bearer token of an Authorization header, or null when there is none. */
export function bearerTokenFrom(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? null;
}

/**
 * One request's context. Apollo builds it before it parses and validates the operation, so it reads
 * nothing from the database then: the caller is worked out by `authenticate()`, which the server calls
 * once the operation has passed every limit. A query refused by a limit costs no SQL at all.
 */
export class RequestContext implements ApiContext {
  readonly bearerToken: string | null;
  readonly signInThrottle: IdentityContext['signInThrottle'];
  readonly mfaEncryptionKey: IdentityContext['mfaEncryptionKey'];
  readonly clientAddress: IdentityContext['clientAddress'];
  private caller: { actor: Actor | null; loaders: Loaders } | null = null;

  constructor(
    readonly dataSource: DataSource,
    headers: IncomingHttpHeaders,
    readonly jobs: JobEnqueuer,
    private readonly referenceData: ReferenceDataCache,
    readonly log: (message: string, error?: unknown) => void,
    identity: IdentityContext,
    private readonly requestStartedAt: number = Date.now(),
    /** The caller when the server has already read their session (the answer cache does), so it is not read twice. */
    private readonly knownActor?: Actor | null,
  ) {
    this.bearerToken = bearerTokenFrom(headers.authorization);
    this.signInThrottle = identity.signInThrottle;
    this.mfaEncryptionKey = identity.mfaEncryptionKey;
    this.clientAddress = identity.clientAddress;
  }

  get actor(): Actor | null {
    return this.authenticated().actor;
  }

  get loaders(): Loaders {
    return this.authenticated().loaders;
  }

  /** Works out the caller from the bearer token. A bad token is treated as no token. */
  async authenticate(): Promise<void> {
    if (this.caller) return;
    const token = this.bearerToken;
    let actor: Actor | null = null;
    if (this.knownActor !== undefined) {
      actor = this.knownActor;
    } else if (token) {
      actor = isApiKey(token) ? await actorForApiKey(this.dataSource.manager, token) : await actorForSessionToken(this.dataSource.manager, token);
    }
    const loaders = createLoaders(this.dataSource.manager, actor ? trustOfReader(actor) : null, this.referenceData, this.requestStartedAt);
    this.caller = { actor, loaders };
  }

  private authenticated(): { actor: Actor | null; loaders: Loaders } {
    if (!this.caller) throw new Error('The caller is read before the request was authenticated');
    return this.caller;
  }
}
