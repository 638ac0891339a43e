import type { EntityManager } from 'typeorm';
import type { Actor, PortalRole } from '../common/actor';
import { hashSecret, randomSecret } from './secrets';

/** Rule 7 (docs/domain.md): a session lasts at most 8 hours. */
export const SESSION_HOURS = 8;

/** A portal user as sign-in and sessions see them, with their trust's standing. */
export interface PortalUserRow {
  id: string;
  organisation_id: string | null;
  username: string;
  display_name: string;
  email: string | null;
  role: PortalRole;
  status: 'INVITED' | 'ACTIVE' | 'DEACTIVATED';
  password_hash: string | null;
  totp_secret_encrypted: string | null;
  totp_last_used_step: string | null;
  /** Null for a National Administrator. */
  trust_status: 'ACTIVE' | 'DEACTIVATED' | null;
  trust_name: string | null;
  portal_administrator_mfa_required: boolean | null;
}

export const PORTAL_USER_COLUMNS = `u.id, u.organisation_id, u.username, u.display_name, u.email, u.role, u.status, u.password_hash,
  u.totp_secret_encrypted, u.totp_last_used_step, o.status AS trust_status, o.name AS trust_name,
  o.portal_administrator_mfa_required`;

/** Whether this person may be signed in now: active, and in an active trust unless national. */
export function maySignIn(user: PortalUserRow): boolean {
  return user.status === 'ACTIVE' && (user.role === 'NATIONAL_ADMINISTRATOR' || user.trust_status === 'ACTIVE');
}

export function actorOf(user: Pick<PortalUserRow, 'id' | 'organisation_id' | 'username' | 'display_name' | 'role'>): Actor & { kind: 'PORTAL_USER' } {
  const person = { kind: 'PORTAL_USER' as const, id: user.id, name: user.display_name, username: user.username };
  return user.role === 'NATIONAL_ADMINISTRATOR'
    ? { ...person, role: user.role, organisationId: null }
    : { ...person, role: user.role, organisationId: user.organisation_id! };
}

export interface OpenedSession {
  token: string;
  expiresAt: Date;
  actor: Actor & { kind: 'PORTAL_USER' };
}

/**
 * Opens a session, only ever after every factor the person needs: the run of failed attempts is over,
 * and the sign-in is recorded. Expired sessions of the person are tidied up here rather than by a job.
 */
export async function openSession(manager: EntityManager, user: PortalUserRow, now: Date): Promise<OpenedSession> {
  await manager.query(
    `UPDATE portal_user
        SET failed_sign_in_count = 0, failed_sign_in_window_started_at = NULL, locked_until = NULL, last_signed_in_at = $2
      WHERE id = $1`,
    [user.id, now],
  );
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await manager.query('INSERT INTO portal_session (portal_user_id, token_hash, expires_at) VALUES ($1, $2, $3)', [
    user.id,
    hashSecret(token),
    expiresAt,
  ]);
  await manager.query('DELETE FROM portal_session WHERE portal_user_id = $1 AND expires_at < $2', [user.id, now]);
  return { token, expiresAt, actor: actorOf(user) };
}

/**
 * The actor behind a session token, or null when the token is unknown or expired, or when the person or
 * their trust has been deactivated since (rule 7: the next request is UNAUTHENTICATED). One statement.
 */
export async function actorForSessionToken(
  manager: EntityManager,
  token: string,
  now: Date = new Date(),
): Promise<(Actor & { kind: 'PORTAL_USER' }) | null> {
  return (await sessionForToken(manager, token, now))?.actor ?? null;
}

/** A session's actor and their trust's data version as one statement read them together. */
export interface SessionWithDataVersion {
  actor: Actor & { kind: 'PORTAL_USER' };
  /**
   * The trust's data version (db migration OrganisationDataVersion: every change of the trust's data
   * increments it in its own transaction), read in the same statement as the session; 0 before any
   * change, and for a National Administrator.
   */
  dataVersion: string;
}

/**
 * actorForSessionToken, with the caller's trust's data version, still in one statement. Only `query`
 * is used, so a caller may pass the pool itself (the API's cached answers do, see apps/api/src/server.ts).
 */
export async function sessionForToken(
  manager: Pick<EntityManager, 'query'>,
  token: string,
  now: Date = new Date(),
): Promise<SessionWithDataVersion | null> {
  const [row]: (PortalUserRow & { data_version: string })[] = await manager.query(
    `SELECT ${PORTAL_USER_COLUMNS}, COALESCE(v.version, 0)::text AS data_version
       FROM portal_session s
       JOIN portal_user u ON u.id = s.portal_user_id
       LEFT JOIN organisation o ON o.id = u.organisation_id
       LEFT JOIN organisation_data_version v ON v.organisation_id = u.organisation_id
      WHERE s.token_hash = $1 AND s.expires_at > $2
        AND u.status = 'ACTIVE' AND (u.organisation_id IS NULL OR o.status = 'ACTIVE')`,
    [hashSecret(token), now],
  );
  return row ? { actor: actorOf(row), dataVersion: row.data_version } : null;
}

/** Ends one session (sign out). */
export async function endSession(manager: EntityManager, token: string): Promise<void> {
  await manager.query('DELETE FROM portal_session WHERE token_hash = $1', [hashSecret(token)]);
}

/**
 * Ends every session of some people, and any sign-in half-way through, at once (a lock, a deactivation,
 * a new password), except `keepToken`'s session when given (the one changing its own password).
 */
export async function endSessionsOf(manager: EntityManager, portalUserIds: readonly string[], keepToken: string | null = null): Promise<number> {
  if (portalUserIds.length === 0) return 0;
  await manager.query('DELETE FROM sign_in_challenge WHERE portal_user_id = ANY($1::uuid[])', [portalUserIds]);
  const [, ended]: [unknown, number] = await manager.query(
    'DELETE FROM portal_session WHERE portal_user_id = ANY($1::uuid[]) AND ($2::text IS NULL OR token_hash <> $2)',
    [portalUserIds, keepToken === null ? null : hashSecret(keepToken)],
  );
  return ended;
}
