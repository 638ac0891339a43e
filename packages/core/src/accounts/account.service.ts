import type { EntityManager } from 'typeorm';
import { requirePortalUser, type Actor } from '../common/actor';
import { BadUserInputError, UnauthenticatedError } from '../common/domain-error';
import { validEmail } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { checkNewPassword } from '../auth/password-policy';
import { hashPassword, hashSecret, verifyPassword } from '../auth/secrets';
import { actorOf, endSessionsOf, PORTAL_USER_COLUMNS, type PortalUserRow } from '../auth/sessions';
import { lockIfLimitReached, reserveAttemptOf, type SignInContext } from '../auth/sign-in.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { recordAccountEmail } from './account-emails.service';

/**
 * What a person does with their own account (rule 7, docs/domain.md): change their password, reset a
 * forgotten one by email, and sign out of every device.
 */

/** Reset emails per person per hour, whatever is asked: the rest are quietly not sent. */
const MAX_RESET_EMAILS_PER_HOUR = 3;

/**
 * Changes the signed-in person's password. The current one is checked like a sign-in (the same
 * attempt counter and lock), and every other session of theirs ends.
 */
export async function changePassword(
  context: SignInContext,
  actor: Actor | null,
  sessionToken: string | null,
  currentPassword: string,
  newPassword: string,
  now: Date = new Date(),
): Promise<boolean> {
  const person = requirePortalUser(actor);
  if (!currentPassword) throw new BadUserInputError('currentPassword', 'Enter your current password');
  const user = await personRow(context, person.id);
  checkNewPassword('newPassword', newPassword, [user.display_name, user.email, user.username, user.trust_name]);
  const reservation = await reserveAttemptOf(context, user, now);
  if (!(await verifyPassword(user.password_hash!, currentPassword))) {
    await lockIfLimitReached(context.dataSource.manager, user.id, reservation.attemptsInRun);
    throw new BadUserInputError('currentPassword', 'Your current password is not correct');
  }
  const passwordHash = await hashPassword(newPassword);
  await runCommand(context, async (manager) => {
    await manager.query(
      `UPDATE portal_user SET password_hash = $2, password_changed_at = $3, failed_sign_in_count = 0,
              failed_sign_in_window_started_at = NULL, locked_until = NULL WHERE id = $1`,
      [user.id, passwordHash, now],
    );
    await endSessionsOf(manager, [user.id], sessionToken);
    await recordAuditEvent(manager, person, passwordEvent(user, 'portal-user.password-changed'));
  });
  await context.signInThrottle.succeeded(reservation);
  return true;
}

/**
 * "Forgotten your password?": emails a single-use link, valid for an hour, to an active person with
 * that address. The answer is the same whether or not anybody has it, so nobody learns who has an account.
 */
export async function requestPasswordReset(context: CommandContext, email: string, now: Date = new Date()): Promise<boolean> {
  const address = validEmail('email', email);
  await runCommand(context, async (manager, outbox) => {
    const [user]: { id: string; recent: string }[] = await manager.query(
      `SELECT u.id, (SELECT count(*) FROM password_reset r WHERE r.portal_user_id = u.id AND r.requested_at > $2::timestamptz - interval '1 hour') AS recent
         FROM portal_user u LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE u.email = $1 AND u.status = 'ACTIVE' AND (u.organisation_id IS NULL OR o.status = 'ACTIVE')
        FOR UPDATE OF u`,
      [address, now],
    );
    if (!user || Number(user.recent) >= MAX_RESET_EMAILS_PER_HOUR) return;
    const [{ id }]: { id: string }[] = await manager.query('INSERT INTO password_reset (portal_user_id, requested_at) VALUES ($1, $2) RETURNING id', [
      user.id,
      now,
    ]);
    await recordAccountEmail(manager, outbox, { kind: 'PASSWORD_RESET', portalUserId: user.id, passwordResetId: id });
  });
  return true;
}

/**
 * Sets a new password from a reset link. The link works once, within an hour of its email; using it
 * closes every other reset link of the person, ends all their sessions and lifts a lock. Their second
 * factor stays: they still need it to sign in.
 */
export async function resetPassword(context: SignInContext, token: string, newPassword: string, now: Date = new Date()): Promise<boolean> {
  const user = await runCommand(context, async (manager) => {
    const [row]: (PortalUserRow & { reset_id: string })[] = await manager.query(
      `SELECT ${PORTAL_USER_COLUMNS}, r.id AS reset_id
         FROM password_reset r
         JOIN portal_user u ON u.id = r.portal_user_id
         LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2
          AND u.status = 'ACTIVE' AND (u.organisation_id IS NULL OR o.status = 'ACTIVE')
        FOR UPDATE OF r, u`,
      [hashSecret(token.trim()), now],
    );
    if (!row) throw new BadUserInputError('token', 'This password reset link has expired or has already been used. Ask for a new one');
    checkNewPassword('newPassword', newPassword, [row.display_name, row.email, row.username, row.trust_name]);
    await manager.query('UPDATE password_reset SET used_at = $2 WHERE portal_user_id = $1 AND used_at IS NULL', [row.id, now]);
    await manager.query(
      `UPDATE portal_user SET password_hash = $2, password_changed_at = $3, failed_sign_in_count = 0,
              failed_sign_in_window_started_at = NULL, locked_until = NULL WHERE id = $1`,
      [row.id, await hashPassword(newPassword), now],
    );
    await endSessionsOf(manager, [row.id]);
    await recordAuditEvent(manager, actorOf(row), passwordEvent(row, 'portal-user.password-reset'));
    return row;
  });
  await context.signInThrottle.forget(user.username);
  return true;
}

/** Whether a reset link still works, by the same test resetPassword makes, so the page can say so before its form. */
export async function passwordResetLinkByToken(manager: EntityManager, token: string, now: Date = new Date()): Promise<{ expiresAt: Date } | null> {
  const [row]: { expires_at: Date }[] = await manager.query(
    `SELECT r.expires_at
       FROM password_reset r
       JOIN portal_user u ON u.id = r.portal_user_id
       LEFT JOIN organisation o ON o.id = u.organisation_id
      WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2
        AND u.status = 'ACTIVE' AND (u.organisation_id IS NULL OR o.status = 'ACTIVE')`,
    [hashSecret(token.trim()), now],
  );
  return row ? { expiresAt: row.expires_at } : null;
}

/** "Sign out of all devices": every session of the signed-in person ends, this one included. */
export async function signOutEverywhere(context: CommandContext, actor: Actor | null): Promise<number> {
  const person = requirePortalUser(actor);
  return runCommand(context, async (manager) => {
    const ended = await endSessionsOf(manager, [person.id]);
    await recordAuditEvent(manager, person, {
      organisationId: person.organisationId,
      action: 'portal-user.signed-out-everywhere',
      entityType: 'PortalUser',
      entityId: person.id,
      before: null,
      after: { sessionsEnded: ended },
    });
    return ended;
  });
}

async function personRow(context: CommandContext, portalUserId: string): Promise<PortalUserRow> {
  const [row]: PortalUserRow[] = await context.dataSource.query(
    `SELECT ${PORTAL_USER_COLUMNS} FROM portal_user u LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
    [portalUserId],
  );
  // A session is only found for an active person, so a missing row means it ended meanwhile.
  if (!row?.password_hash) throw new UnauthenticatedError();
  return row;
}

function passwordEvent(user: PortalUserRow, action: string) {
  return { organisationId: user.organisation_id, action, entityType: 'PortalUser', entityId: user.id, before: null, after: { displayName: user.display_name } };
}
