import type { EntityManager } from 'typeorm';
import { BadUserInputError, TooManyAttemptsError, UnauthenticatedError } from '../common/domain-error';
import { recordAuditEvent } from '../audit/audit.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  looksLikeTotpCode,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
  TOTP_ISSUER,
  totpQrCodeSvg,
  totpStepOf,
  totpUrl,
} from './mfa';
import { decoyPasswordHash, hashSecret, randomSecret, verifyPassword } from './secrets';
import { actorOf, endSessionsOf, maySignIn, openSession, PORTAL_USER_COLUMNS, type OpenedSession, type PortalUserRow } from './sessions';
import { FAILURE_WINDOW_HOURS, LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, type SignInReservation, type SignInThrottle } from './sign-in-throttle';

/** What sign-in needs besides the database: the rate limits, the key of the TOTP secrets, who is asking. */
export interface SignInContext extends CommandContext {
  signInThrottle: SignInThrottle;
  mfaEncryptionKey: Buffer;
  /** The client's address (see the API's client-address.ts); null when unknown. */
  clientAddress: string | null;
}

/** How long the step between a correct password and the second factor may take. */
export const CHALLENGE_MINUTES = 5;

const NOT_CORRECT = 'The username or password is not correct';
const CHALLENGE_ENDED = 'Your sign-in has timed out. Sign in again';

export type SignInOutcome =
  | ({ status: 'SIGNED_IN' } & OpenedSession)
  | { status: 'MFA_REQUIRED' | 'MFA_ENROLMENT_REQUIRED'; challengeToken: string; challengeExpiresAt: Date };

/**
 * The first step of rule 7's sign-in (docs/domain.md): the password. Every attempt is reserved before
 * anything is checked (the rate limits, then the account's atomic counter), and every attempt that gets
 * past the rate limits does the same argon2 work, so an unknown username, a locked account and a wrong
 * password cannot be told apart by their answer or their timing. A correct password opens a session
 * only for someone who needs no second factor; anybody else gets a challenge for the second step.
 */
export async function signIn(context: SignInContext, username: string, password: string, now: Date = new Date()): Promise<SignInOutcome> {
  const normalised = username.trim().toLowerCase();
  if (!normalised) throw new BadUserInputError('username', 'Enter your username');
  if (!password) throw new BadUserInputError('password', 'Enter your password');
  const reservation = await context.signInThrottle.reserve(normalised, context.clientAddress);
  const { dataSource } = context;
  const [user]: PortalUserRow[] = await dataSource.query(
    `SELECT ${PORTAL_USER_COLUMNS} FROM portal_user u LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.username = $1`,
    [normalised],
  );
  const reserved = user ? await reserveAttempt(dataSource.manager, user.id, now) : null;
  const usable = user && reserved?.attemptsInRun && maySignIn(user) ? user.password_hash : null;
  const correct = await verifyPassword(usable ?? (await decoyPasswordHash()), password);
  if (user && reserved && !reserved.attemptsInRun) throw new TooManyAttemptsError(reserved.retryAfterMs);
  if (!user || !usable || !correct) {
    if (user) await lockIfLimitReached(dataSource.manager, user.id, reserved!.attemptsInRun);
    throw new UnauthenticatedError(NOT_CORRECT);
  }

  const purpose = user.totp_secret_encrypted ? 'MFA' : secondFactorRequired(user) ? 'MFA_ENROLMENT' : null;
  if (purpose) {
    const challenge = await openChallenge(dataSource.manager, user.id, purpose, now);
    await context.signInThrottle.passwordAccepted(reservation);
    return { status: purpose === 'MFA' ? 'MFA_REQUIRED' : 'MFA_ENROLMENT_REQUIRED', ...challenge };
  }
  const session = await dataSource.transaction((manager) => openSession(manager, user, now));
  await context.signInThrottle.succeeded(reservation);
  return { status: 'SIGNED_IN', ...session };
}

/** Rule 7: National and Senior Portal Administrators always; Portal Administrators when their trust says so. */
export function secondFactorRequired(user: Pick<PortalUserRow, 'role' | 'portal_administrator_mfa_required'>): boolean {
  return user.role !== 'PORTAL_ADMINISTRATOR' || user.portal_administrator_mfa_required === true;
}

/**
 * The second step: a code from the authenticator app (refused when its time step was used already:
 * a replay) or one of the recovery codes (each works once). A wrong code counts towards the same lock
 * as a wrong password. The session exists only from here.
 */
export async function completeSignIn(context: SignInContext, challengeToken: string, code: string, now: Date = new Date()): Promise<OpenedSession> {
  const { user, challengeId } = await challengeFor(context, challengeToken, 'MFA', now);
  const entered = code.trim();
  if (!entered) throw new BadUserInputError('code', 'Enter the code from your authenticator app, or a recovery code');
  const reservation = await reserveAttemptOf(context, user, now);
  const { dataSource } = context;
  const usedRecoveryCode = !looksLikeTotpCode(entered);
  const accepted = usedRecoveryCode
    ? await useRecoveryCode(dataSource.manager, user.id, entered, now)
    : await useTotpStep(dataSource.manager, user, totpStepOf(readSecret(context, user.totp_secret_encrypted!), entered.replace(/\s/g, ''), now));
  if (!accepted) {
    await lockIfLimitReached(dataSource.manager, user.id, reservation.attemptsInRun);
    throw new BadUserInputError(
      'code',
      usedRecoveryCode
        ? 'That recovery code is not correct or has been used. Check it and try again'
        : 'The code is not correct or has been used. Enter the code your authenticator app shows now',
    );
  }
  const session = await runCommand(context, async (manager) => {
    await manager.query('DELETE FROM sign_in_challenge WHERE id = $1', [challengeId]);
    if (usedRecoveryCode) {
      await recordAuditEvent(manager, actorOf(user), {
        organisationId: user.organisation_id,
        action: 'portal-user.recovery-code-used',
        entityType: 'PortalUser',
        entityId: user.id,
        before: null,
        after: { recoveryCodesLeft: await recoveryCodesLeft(manager, user.id) },
      });
    }
    return openSession(manager, user, now);
  });
  await context.signInThrottle.succeeded(reservation);
  return session;
}

export interface MfaEnrolment {
  /** The secret as base32 text, for people who type it in rather than scan the QR code. */
  secret: string;
  otpauthUrl: string;
  qrCodeSvg: string;
  issuer: string;
  accountName: string;
}

/**
 * The first sign-in of someone who needs a second factor and has none: a new TOTP secret, offered on
 * the challenge until a code from it confirms it. Asking again offers a new one.
 */
export async function startMfaEnrolment(context: SignInContext, challengeToken: string, now: Date = new Date()): Promise<MfaEnrolment> {
  const { user, challengeId } = await challengeFor(context, challengeToken, 'MFA_ENROLMENT', now);
  const secret = newTotpSecret();
  await context.dataSource.query('UPDATE sign_in_challenge SET pending_totp_secret_encrypted = $2 WHERE id = $1', [
    challengeId,
    encryptTotpSecret(context.mfaEncryptionKey, secret),
  ]);
  const accountName = user.email ?? user.username;
  const otpauthUrl = totpUrl(secret, accountName);
  return { secret, otpauthUrl, qrCodeSvg: await totpQrCodeSvg(otpauthUrl), issuer: TOTP_ISSUER, accountName };
}

/**
 * Confirms enrolment with a first code from the new secret: the secret becomes the person's second
 * factor, ten recovery codes are made (shown this once; only their hashes are kept) and the session opens.
 */
export async function confirmMfaEnrolment(
  context: SignInContext,
  challengeToken: string,
  code: string,
  now: Date = new Date(),
): Promise<OpenedSession & { recoveryCodes: string[] }> {
  const { user, challengeId, pendingSecret } = await challengeFor(context, challengeToken, 'MFA_ENROLMENT', now);
  if (!pendingSecret) throw new BadUserInputError('challengeToken', 'Set up your authenticator app first: start again from the QR code');
  const reservation = await reserveAttemptOf(context, user, now);
  const secret = readSecret(context, pendingSecret);
  const step = totpStepOf(secret, code.trim().replace(/\s/g, ''), now);
  if (step === null) {
    await lockIfLimitReached(context.dataSource.manager, user.id, reservation.attemptsInRun);
    throw new BadUserInputError('code', 'The code is not correct. Enter the 6-digit code your authenticator app shows now');
  }
  const recoveryCodes = newRecoveryCodes();
  const session = await runCommand(context, async (manager) => {
    await manager.query(
      `UPDATE portal_user SET totp_secret_encrypted = $2, totp_enrolled_at = $3, totp_last_used_step = $4 WHERE id = $1`,
      [user.id, pendingSecret, now, step],
    );
    await replaceRecoveryCodes(manager, user.id, recoveryCodes);
    await manager.query('DELETE FROM sign_in_challenge WHERE id = $1', [challengeId]);
    await recordAuditEvent(manager, actorOf(user), {
      organisationId: user.organisation_id,
      action: 'portal-user.mfa-enrolled',
      entityType: 'PortalUser',
      entityId: user.id,
      before: { mfaEnrolled: false },
      after: { mfaEnrolled: true, recoveryCodes: recoveryCodes.length },
    });
    return openSession(manager, user, now);
  });
  await context.signInThrottle.succeeded(reservation);
  return { ...session, recoveryCodes };
}

/** Stores new recovery codes (hashed) in place of any earlier ones. */
export async function replaceRecoveryCodes(manager: EntityManager, portalUserId: string, codes: readonly string[]): Promise<void> {
  await manager.query('DELETE FROM portal_user_recovery_code WHERE portal_user_id = $1', [portalUserId]);
  await manager.query(
    'INSERT INTO portal_user_recovery_code (portal_user_id, code_hash) SELECT $1, unnest($2::text[])',
    [portalUserId, codes.map(recoveryCodeHash)],
  );
}

/**
 * Opens the step between a correct password (or an accepted invitation) and the second factor. Its
 * token is random, stored hashed, works for this person only, for CHALLENGE_MINUTES, and for nothing
 * but finishing this sign-in.
 */
export async function openChallenge(
  manager: EntityManager,
  portalUserId: string,
  purpose: 'MFA' | 'MFA_ENROLMENT',
  now: Date,
): Promise<{ challengeToken: string; challengeExpiresAt: Date }> {
  const challengeToken = randomSecret();
  const challengeExpiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
  await manager.query('DELETE FROM sign_in_challenge WHERE portal_user_id = $1 AND expires_at < $2', [portalUserId, now]);
  await manager.query('INSERT INTO sign_in_challenge (portal_user_id, token_hash, purpose, expires_at) VALUES ($1, $2, $3, $4)', [
    portalUserId,
    hashSecret(challengeToken),
    purpose,
    challengeExpiresAt,
  ]);
  return { challengeToken, challengeExpiresAt };
}

async function challengeFor(
  context: SignInContext,
  challengeToken: string,
  purpose: 'MFA' | 'MFA_ENROLMENT',
  now: Date,
): Promise<{ user: PortalUserRow; challengeId: string; pendingSecret: string | null }> {
  const [row]: (PortalUserRow & { challenge_id: string; pending_totp_secret_encrypted: string | null })[] = await context.dataSource.query(
    `SELECT ${PORTAL_USER_COLUMNS}, c.id AS challenge_id, c.pending_totp_secret_encrypted
       FROM sign_in_challenge c
       JOIN portal_user u ON u.id = c.portal_user_id
       LEFT JOIN organisation o ON o.id = u.organisation_id
      WHERE c.token_hash = $1 AND c.purpose = $2 AND c.expires_at > $3`,
    [hashSecret(challengeToken.trim()), purpose, now],
  );
  if (!row || !maySignIn(row) || (purpose === 'MFA' && !row.totp_secret_encrypted)) throw new UnauthenticatedError(CHALLENGE_ENDED);
  return { user: row, challengeId: row.challenge_id, pendingSecret: row.pending_totp_secret_encrypted };
}

/** Reserves an attempt of a known person (second factor, current password): rate limits, then the account's counter. */
export async function reserveAttemptOf(context: SignInContext, user: Pick<PortalUserRow, 'id' | 'username'>, now: Date): Promise<SignInReservation> {
  const reservation = await context.signInThrottle.reserve(user.username, context.clientAddress);
  const reserved = await reserveAttempt(context.dataSource.manager, user.id, now);
  if (!reserved.attemptsInRun) throw new TooManyAttemptsError(reserved.retryAfterMs);
  return reservation;
}

function readSecret(context: SignInContext, stored: string): string {
  const secret = decryptTotpSecret(context.mfaEncryptionKey, stored);
  // Another environment's key (e.g. demo secrets in production) or a damaged value: nobody can pass.
  if (!secret) throw new UnauthenticatedError('Your authenticator app cannot be checked. Ask a Senior Portal Administrator to reset it');
  return secret;
}

/**
 * Rule 8 (docs/domain.md): takes one attempt from the account before anything is checked, in one
 * statement, so attempts sent in parallel queue on the row and no more than MAX_FAILED_SIGN_INS of a
 * run are ever checked. The attempt that reaches the limit locks the account while it is checked (a
 * success lifts the lock). `attemptsInRun` is 0 when the account is locked: check nothing then.
 */
export async function reserveAttempt(
  manager: EntityManager,
  portalUserId: string,
  now: Date,
): Promise<{ attemptsInRun: number; retryAfterMs: number }> {
  // Every expression reads the row as it is once its lock is ours (not a snapshot taken earlier), which
  // is what makes parallel attempts count one after another.
  const restart = `(u.failed_sign_in_count = 0 OR u.locked_until IS NOT NULL OR u.failed_sign_in_window_started_at IS NULL
    OR u.failed_sign_in_window_started_at <= $2::timestamptz - make_interval(hours => $5))`;
  const attempts = `CASE WHEN ${restart} THEN 1 ELSE u.failed_sign_in_count + 1 END`;
  const [row]: { locked_until: Date | null; attempts: number | null }[] = await manager.query(
    `WITH target AS (SELECT locked_until FROM portal_user WHERE id = $1),
     reserved AS (
       UPDATE portal_user u SET
         failed_sign_in_count = ${attempts},
         failed_sign_in_window_started_at = CASE WHEN ${restart} THEN $2::timestamptz ELSE u.failed_sign_in_window_started_at END,
         locked_until = CASE WHEN ${attempts} >= $3 THEN $2::timestamptz + make_interval(mins => $4) END
        WHERE u.id = $1 AND (u.locked_until IS NULL OR u.locked_until <= $2)
       RETURNING u.failed_sign_in_count)
     SELECT target.locked_until, reserved.failed_sign_in_count AS attempts FROM target LEFT JOIN reserved ON true`,
    [portalUserId, now, MAX_FAILED_SIGN_INS, LOCKOUT_MINUTES, FAILURE_WINDOW_HOURS],
  );
  if (row?.attempts) return { attemptsInRun: row.attempts, retryAfterMs: 0 };
  const until = row?.locked_until ? new Date(row.locked_until).getTime() : now.getTime() + LOCKOUT_MINUTES * 60_000;
  return { attemptsInRun: 0, retryAfterMs: Math.max(until - now.getTime(), 60_000) };
}

/** A failed attempt that reached the limit: the account is locked, so its sessions end now. */
export async function lockIfLimitReached(manager: EntityManager, portalUserId: string, attemptsInRun: number): Promise<void> {
  if (attemptsInRun >= MAX_FAILED_SIGN_INS) await endSessionsOf(manager, [portalUserId]);
}

/** Accepts a TOTP step later than the last one accepted, atomically: two sign-ins with one code cannot both pass. */
async function useTotpStep(manager: EntityManager, user: PortalUserRow, step: number | null): Promise<boolean> {
  if (step === null) return false;
  const [rows]: [unknown[], number] = await manager.query(
    `UPDATE portal_user SET totp_last_used_step = $2
      WHERE id = $1 AND (totp_last_used_step IS NULL OR totp_last_used_step < $2) RETURNING id`,
    [user.id, step],
  );
  return rows.length === 1;
}

async function useRecoveryCode(manager: EntityManager, portalUserId: string, code: string, now: Date): Promise<boolean> {
  const [rows]: [unknown[], number] = await manager.query(
    `UPDATE portal_user_recovery_code SET used_at = $3
      WHERE portal_user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
    [portalUserId, recoveryCodeHash(code), now],
  );
  return rows.length === 1;
}

async function recoveryCodesLeft(manager: EntityManager, portalUserId: string): Promise<number> {
  const [{ count }]: { count: string }[] = await manager.query(
    'SELECT count(*) AS count FROM portal_user_recovery_code WHERE portal_user_id = $1 AND used_at IS NULL',
    [portalUserId],
  );
  return Number(count);
}
