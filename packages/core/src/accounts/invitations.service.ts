import type { EntityManager } from 'typeorm';
import type { PortalRole } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { recordAuditEvent, type AuditActor } from '../audit/audit.service';
import { checkNewPassword } from '../auth/password-policy';
import { hashPassword, hashSecret, randomSecret } from '../auth/secrets';
import { actorOf, openSession, PORTAL_USER_COLUMNS, type PortalUserRow } from '../auth/sessions';
import { openChallenge, secondFactorRequired, type SignInContext, type SignInOutcome } from '../auth/sign-in.service';
import { requiredText, validEmail } from '../common/validation';
import { runCommand, type CommandContext, type Outbox } from '../jobs/outbox';
import { cancelPendingEmailsOfInvitation, INVITATION_HOURS, recordAccountEmail } from './account-emails.service';
import { createInvitedPerson } from './portal-users.service';

/**
 * Rule 7 (docs/domain.md): people join by invitation. The email carries a single-use link valid for 72
 * hours (minted when the email is sent, see account-emails.service.ts); accepting it sets a password.
 */

/** Opens an invitation for an INVITED person and records its email (the worker sends it). */
export async function createInvitation(
  manager: EntityManager,
  outbox: Outbox,
  invitee: { portalUserId: string; organisationId: string | null },
  invitedBy: AuditActor,
): Promise<string> {
  const [{ id }]: { id: string }[] = await manager.query(
    'INSERT INTO portal_user_invitation (portal_user_id, organisation_id, invited_by) VALUES ($1, $2, $3) RETURNING id',
    [invitee.portalUserId, invitee.organisationId, invitedBy.name],
  );
  await recordAccountEmail(manager, outbox, { kind: 'INVITATION', portalUserId: invitee.portalUserId, invitationId: id, details: { by: invitedBy.name } });
  return id;
}

/**
 * Sends the open invitation of an INVITED person again: the link sent before stops working now, and the
 * new email carries a new one, valid for 72 hours from when it is sent.
 */
export async function resendOpenInvitation(manager: EntityManager, outbox: Outbox, portalUserId: string, by: AuditActor): Promise<boolean> {
  const [rows]: [{ id: string }[], number] = await manager.query(
    `UPDATE portal_user_invitation SET token_hash = NULL, expires_at = NULL
      WHERE portal_user_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
    [portalUserId],
  );
  if (rows.length === 0) return false;
  await recordAccountEmail(manager, outbox, { kind: 'INVITATION', portalUserId, invitationId: rows[0].id, details: { by: by.name } });
  return true;
}

/** Closes the open invitation of a person, if any: its link stops working and unsent emails are cancelled. */
export async function revokeOpenInvitation(manager: EntityManager, portalUserId: string, now: Date): Promise<boolean> {
  const [rows]: [{ id: string }[], number] = await manager.query(
    `UPDATE portal_user_invitation SET revoked_at = $2, token_hash = NULL, expires_at = NULL
      WHERE portal_user_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
    [portalUserId, now],
  );
  for (const row of rows) await cancelPendingEmailsOfInvitation(manager, row.id);
  return rows.length > 0;
}

/**
 * For the bootstrap command (`npm run admin -- create-national`), which has no mail to send: mints the
 * invitation's link now, to be printed once. Only its hash is stored.
 */
export async function issueInvitationLink(manager: EntityManager, invitationId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_HOURS * 3600_000);
  await manager.query('UPDATE portal_user_invitation SET token_hash = $2, expires_at = $3, sent_at = $4 WHERE id = $1', [
    invitationId,
    hashSecret(token),
    expiresAt,
    now,
  ]);
  return { token, expiresAt };
}

/** What the accept-invitation page shows before the person sets a password. */
export interface InvitationDetails {
  displayName: string;
  /** Their username from now on. */
  email: string;
  role: PortalRole;
  trust: { name: string; odsCode: string } | null;
  expiresAt: Date;
}

type InvitationRow = PortalUserRow & { invitation_id: string; expires_at: Date; ods_code: string | null };

async function openInvitation(manager: EntityManager, token: string, now: Date, lock: boolean): Promise<InvitationRow | null> {
  const [row]: InvitationRow[] = await manager.query(
    `SELECT ${PORTAL_USER_COLUMNS}, i.id AS invitation_id, i.expires_at, o.ods_code
       FROM portal_user_invitation i
       JOIN portal_user u ON u.id = i.portal_user_id
       LEFT JOIN organisation o ON o.id = u.organisation_id
      WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
        AND u.status = 'INVITED' AND (u.organisation_id IS NULL OR o.status = 'ACTIVE')
      ${lock ? 'FOR UPDATE OF i, u' : ''}`,
    [hashSecret(token.trim()), now],
  );
  return row ?? null;
}

/** The invitation a link carries, or null when the link is unknown, used, revoked or expired. */
export async function invitationByToken(manager: EntityManager, token: string, now: Date = new Date()): Promise<InvitationDetails | null> {
  const row = await openInvitation(manager, token, now, false);
  if (!row) return null;
  return {
    displayName: row.display_name,
    email: row.email ?? row.username,
    role: row.role,
    trust: row.ods_code ? { name: row.trust_name!, odsCode: row.ods_code } : null,
    expiresAt: row.expires_at,
  };
}

/**
 * Accepts an invitation: the link works once; the person sets a password (NCSC policy, see
 * password-policy.ts) and becomes ACTIVE. What follows is the rest of a sign-in: setting up the second
 * factor when they need one, else a session.
 */
export async function acceptInvitation(context: SignInContext, token: string, password: string, now: Date = new Date()): Promise<SignInOutcome> {
  return runCommand(context, async (manager) => {
    const invitation = await openInvitation(manager, token, now, true);
    if (!invitation) {
      throw new BadUserInputError('token', 'This invitation link has expired or has already been used. Ask whoever invited you to send a new one');
    }
    checkNewPassword('password', password, [invitation.display_name, invitation.email, invitation.trust_name]);
    await manager.query(
      `UPDATE portal_user SET password_hash = $2, status = 'ACTIVE', password_changed_at = $3 WHERE id = $1`,
      [invitation.id, await hashPassword(password), now],
    );
    await manager.query('UPDATE portal_user_invitation SET accepted_at = $2, token_hash = NULL, expires_at = NULL WHERE id = $1', [
      invitation.invitation_id,
      now,
    ]);
    await cancelPendingEmailsOfInvitation(manager, invitation.invitation_id);
    await recordAuditEvent(manager, actorOf(invitation), {
      organisationId: invitation.organisation_id,
      action: 'portal-user.invitation-accepted',
      entityType: 'PortalUser',
      entityId: invitation.id,
      before: { status: 'INVITED' },
      after: { status: 'ACTIVE' },
    });
    if (secondFactorRequired(invitation)) {
      return { status: 'MFA_ENROLMENT_REQUIRED' as const, ...(await openChallenge(manager, invitation.id, 'MFA_ENROLMENT', now)) };
    }
    return { status: 'SIGNED_IN' as const, ...(await openSession(manager, invitation, now)) };
  });
}

/**
 * The bootstrap of rule 7 (`npm run admin -- create-national`): a National Administrator, INVITED, and
 * their invitation's link minted now for the operator to hand over (there is no email to send it by).
 * The token is answered once; only its hash is kept.
 */
export async function inviteNationalAdministrator(
  context: CommandContext,
  by: AuditActor,
  person: { name: string; email: string },
  now: Date = new Date(),
): Promise<{ portalUserId: string; token: string; expiresAt: Date }> {
  const displayName = requiredText('name', person.name, 'their full name', 100);
  const email = validEmail('email', person.email);
  return runCommand(context, async (manager) => {
    const portalUserId = await createInvitedPerson(manager, null, { organisationId: null, displayName, email, role: 'NATIONAL_ADMINISTRATOR' }, by, 'email');
    const [{ id }]: { id: string }[] = await manager.query(
      'INSERT INTO portal_user_invitation (portal_user_id, organisation_id, invited_by) VALUES ($1, NULL, $2) RETURNING id',
      [portalUserId, by.name],
    );
    return { portalUserId, ...(await issueInvitationLink(manager, id, now)) };
  });
}
