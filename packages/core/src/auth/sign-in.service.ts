import type { DataSource, EntityManager } from 'typeorm';
import { LessThan } from 'typeorm';
import type { Actor } from '../common/actor';
import { AccountLockedError, BadUserInputError, UnauthenticatedError } from '../common/domain-error';
import { PortalSession } from './portal-session.entity';
import { PortalUser } from './portal-user.entity';
import { decoyPasswordHash, hashSecret, randomSecret, verifyPassword } from './secrets';

export const MAX_FAILED_SIGN_INS = 10;
export const LOCKOUT_MINUTES = 15;
export const SESSION_HOURS = 8;

export interface SignInResult {
  token: string;
  expiresAt: Date;
  user: PortalUser;
}

/**
 * Checks a portal user's password and opens a session. After MAX_FAILED_SIGN_INS failures in a row
 * the account is locked for LOCKOUT_MINUTES, whatever password is sent.
 */
export async function signIn(
  dataSource: DataSource,
  username: string,
  password: string,
  now: Date = new Date(),
): Promise<SignInResult> {
  const normalised = username.trim().toLowerCase();
  if (!normalised) throw new BadUserInputError('username', 'Enter your username');
  if (!password) throw new BadUserInputError('password', 'Enter your password');

  const user = await dataSource.manager.findOneBy(PortalUser, { username: normalised });
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), password);
    throw new UnauthenticatedError('The username or password is not correct');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil, now);

  const correct = await verifyPassword(user.passwordHash, password);
  if (!correct) {
    // Counted in its own statement, outside any transaction, so the refusal cannot roll it back.
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]]: [{ failed_sign_in_count: number; locked_until: Date | null }[], number] = await dataSource.query(
      `WITH counted AS (
         -- after a lock has run out, counting starts again
         SELECT id, CASE WHEN locked_until <= $3 THEN 1 ELSE failed_sign_in_count + 1 END AS failures
           FROM portal_user WHERE id = $1 FOR UPDATE)
       UPDATE portal_user u SET
         failed_sign_in_count = counted.failures,
         locked_until = CASE WHEN counted.failures >= $2 THEN $3::timestamptz + make_interval(mins => $4) END
       FROM counted WHERE u.id = counted.id
       RETURNING u.failed_sign_in_count, u.locked_until`,
      [user.id, MAX_FAILED_SIGN_INS, now, LOCKOUT_MINUTES],
    );
    if (row.locked_until) throw lockedError(new Date(row.locked_until), now);
    const left = MAX_FAILED_SIGN_INS - row.failed_sign_in_count;
    throw new UnauthenticatedError(
      left <= 3
        ? `The username or password is not correct. You have ${left} more ${left === 1 ? 'try' : 'tries'} before your account is locked for ${LOCKOUT_MINUTES} minutes`
        : 'The username or password is not correct',
    );
  }
  return dataSource.transaction(async (manager) => {
    await manager.update(PortalUser, { id: user.id }, { failedSignInCount: 0, lockedUntil: null, lastSignedInAt: now });
    const token = randomSecret();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
    await manager.insert(PortalSession, { portalUserId: user.id, tokenHash: hashSecret(token), expiresAt });
    // Expired sessions of this user are tidied up here rather than by a separate job.
    await manager.delete(PortalSession, { portalUserId: user.id, expiresAt: LessThan(now) });
    return { token, expiresAt, user };
  });
}

/** The actor behind a session token, or null when the token is unknown or expired. */
export async function actorForSessionToken(
  manager: EntityManager,
  token: string,
  now: Date = new Date(),
): Promise<(Actor & { kind: 'PORTAL_USER' }) | null> {
  const [row]: { id: string; username: string; display_name: string; organisation_id: string; role: PortalUser['role'] }[] =
    await manager.query(
      `SELECT u.id, u.username, u.display_name, u.organisation_id, u.role
         FROM portal_session s JOIN portal_user u ON u.id = s.portal_user_id
        WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [hashSecret(token), now],
    );
  if (!row) return null;
  return {
    kind: 'PORTAL_USER',
    id: row.id,
    name: row.display_name,
    username: row.username,
    organisationId: row.organisation_id,
    role: row.role,
  };
}

/** Ends a session (sign out). */
export async function endSession(manager: EntityManager, token: string): Promise<void> {
  await manager.delete(PortalSession, { tokenHash: hashSecret(token) });
}

function lockedError(until: Date, now: Date): AccountLockedError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AccountLockedError(
    `Your account is locked because of too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
  );
}
