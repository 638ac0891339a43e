import { ForbiddenError, UnauthenticatedError } from './domain-error';

export type PortalRole = 'SENIOR_PORTAL_ADMINISTRATOR' | 'PORTAL_ADMINISTRATOR';

/** What an API client may do. A client bound to no trust (national) is read-only whatever it holds. */
export const API_SCOPES = ['settings:read', 'settings:write', 'esr:write'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** Who is acting: every domain service takes one, and scopes every query by its organisation. */
export type Actor =
  | {
      kind: 'PORTAL_USER';
      id: string;
      name: string;
      username: string;
      organisationId: string;
      role: PortalRole;
    }
  | {
      kind: 'API_CLIENT';
      id: string;
      name: string;
      /** Null for a national client. */
      organisationId: string | null;
      scopes: readonly ApiScope[];
    };

/** Whoever may read a trust's settings: its portal users, and its clients with a settings scope. */
export function canReadTrustSettings(actor: Actor): boolean {
  if (actor.kind === 'PORTAL_USER') return true;
  return (
    actor.organisationId !== null &&
    (actor.scopes.includes('settings:read') || actor.scopes.includes('settings:write'))
  );
}

/** Rule 6 (docs/domain.md): only a Senior Portal Administrator of the trust, or a client bound to it with write scope. */
export function canChangeTrustSettings(actor: Actor): boolean {
  if (actor.kind === 'PORTAL_USER') return actor.role === 'SENIOR_PORTAL_ADMINISTRATOR';
  return actor.organisationId !== null && actor.scopes.includes('settings:write');
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** The trust whose settings the actor may read; refuses national clients and clients without scope. */
export function requireReadableTrust(actor: Actor | null): string {
  const known = requireActor(actor);
  if (!canReadTrustSettings(known) || !known.organisationId) {
    throw new ForbiddenError('You do not have permission to view this trust’s settings.');
  }
  return known.organisationId;
}

/** The trust whose settings the actor may change. */
export function requireChangeableTrust(actor: Actor | null): string {
  const known = requireActor(actor);
  if (!canChangeTrustSettings(known) || !known.organisationId) {
    throw new ForbiddenError(
      'Only a Senior Portal Administrator of this trust can change its settings.',
    );
  }
  return known.organisationId;
}

/** The trust an ESR feed writes to: API clients bound to it with the esr:write scope. */
export function requireEsrFeed(actor: Actor | null): string {
  const known = requireActor(actor);
  if (known.kind !== 'API_CLIENT' || !known.organisationId || !known.scopes.includes('esr:write')) {
    throw new ForbiddenError('Only an API client of this trust with the esr:write scope can send ESR data.');
  }
  return known.organisationId;
}

/** For reads of national data: any known caller; the trust when there is one. */
export function trustOf(actor: Actor | null): string | null {
  return trustOfReader(requireActor(actor));
}

/** The trust whose data a known actor may read, or null (national clients, clients without scope). */
export function trustOfReader(actor: Actor): string | null {
  return canReadTrustSettings(actor) ? actor.organisationId : null;
}
