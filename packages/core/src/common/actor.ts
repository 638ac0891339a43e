import { ForbiddenError, UnauthenticatedError } from './domain-error';

export const PORTAL_ROLES = ['NATIONAL_ADMINISTRATOR', 'SENIOR_PORTAL_ADMINISTRATOR', 'PORTAL_ADMINISTRATOR'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];
/** The roles of a trust's own portal users. */
export type TrustRole = Exclude<PortalRole, 'NATIONAL_ADMINISTRATOR'>;
export const TRUST_ROLES: readonly TrustRole[] = ['SENIOR_PORTAL_ADMINISTRATOR', 'PORTAL_ADMINISTRATOR'];

/** What an API client may do. A client bound to no trust (national) is read-only whatever it holds. */
export const API_SCOPES = ['settings:read', 'settings:write', 'esr:write'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** Who is acting: every domain service takes one, and scopes every query by its organisation. */
export type Actor =
  | ({
      kind: 'PORTAL_USER';
      id: string;
      name: string;
      username: string;
    } & (
      | { role: TrustRole; organisationId: string }
      /** Rule 7 (docs/domain.md): bound to no trust. */
      | { role: 'NATIONAL_ADMINISTRATOR'; organisationId: null }
    ))
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
  if (actor.kind === 'PORTAL_USER') return actor.organisationId !== null;
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

/** Rule 7 (docs/domain.md): registering, deactivating and reactivating trusts. */
export function requireNationalAdministrator(actor: Actor | null): Actor & { kind: 'PORTAL_USER'; role: 'NATIONAL_ADMINISTRATOR' } {
  const known = requireActor(actor);
  if (known.kind !== 'PORTAL_USER' || known.role !== 'NATIONAL_ADMINISTRATOR') {
    throw new ForbiddenError('Only a National Administrator can do this.');
  }
  return known;
}

/** Rule 7 (docs/domain.md): a trust's portal users are managed by its Senior Portal Administrators only. */
export function requireTrustUserManager(actor: Actor | null): TrustUserManager {
  const known = requireActor(actor);
  if (known.kind !== 'PORTAL_USER' || known.role !== 'SENIOR_PORTAL_ADMINISTRATOR') {
    throw new ForbiddenError('Only a Senior Portal Administrator of this trust can manage its portal users.');
  }
  return { ...known, role: known.role, organisationId: known.organisationId };
}

/** A Senior Portal Administrator, acting for their trust. */
export interface TrustUserManager {
  kind: 'PORTAL_USER';
  id: string;
  name: string;
  username: string;
  role: 'SENIOR_PORTAL_ADMINISTRATOR';
  organisationId: string;
}

/** The signed-in person acting on their own account (API clients have none). */
export function requirePortalUser(actor: Actor | null): Actor & { kind: 'PORTAL_USER' } {
  const known = requireActor(actor);
  if (known.kind !== 'PORTAL_USER') throw new ForbiddenError('Only a signed-in portal user has an account to change.');
  return known;
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
