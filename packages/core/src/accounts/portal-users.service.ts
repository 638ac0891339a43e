import type { EntityManager } from 'typeorm';
import { requireTrustUserManager, TRUST_ROLES, type Actor, type PortalRole, type TrustRole } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { isUuid, requiredText, validEmail } from '../common/validation';
import { recordAuditEvent, type AuditActor } from '../audit/audit.service';
import type { PortalUserStatus } from '../auth/portal-user.entity';
import { endSessionsOf } from '../auth/sessions';
import { runCommand, type CommandContext, type Outbox } from '../jobs/outbox';
import { Organisation } from '../organisation/organisation.entity';
import { recordAccountEmail, type AccountEmailStatus } from './account-emails.service';
import { createInvitation, resendOpenInvitation, revokeOpenInvitation } from './invitations.service';

/**
 * Rule 7 (docs/domain.md): a trust's Senior Portal Administrators manage its portal users. A trust always
 * keeps at least one active Senior Portal Administrator, however many of them act at once; nobody
 * changes their own role, deactivates themselves or resets their own second factor.
 */

/** A portal user as the Portal users page lists them. */
export interface PortalUserView {
  id: string;
  organisationId: string | null;
  username: string;
  displayName: string;
  email: string | null;
  role: PortalRole;
  status: PortalUserStatus;
  lastSignedInAt: Date | null;
  mfaEnrolled: boolean;
  /** Whether they need a second factor: always for senior and national administrators, per trust for the others. */
  mfaRequired: boolean;
  createdAt: Date;
  deactivatedAt: Date | null;
  /** INVITED people: their open invitation and how its latest email went. */
  invitation: { sentAt: Date | null; expiresAt: Date | null; emailStatus: AccountEmailStatus | null; emailError: string | null } | null;
}

interface ViewRow {
  id: string;
  organisation_id: string | null;
  username: string;
  display_name: string;
  email: string | null;
  role: PortalRole;
  status: PortalUserStatus;
  last_signed_in_at: Date | null;
  mfa_enrolled: boolean;
  mfa_required: boolean;
  created_at: Date;
  deactivated_at: Date | null;
  invitation_id: string | null;
  invitation_sent_at: Date | null;
  invitation_expires_at: Date | null;
  email_status: AccountEmailStatus | null;
  email_error: string | null;
}

const VIEW = `
  SELECT u.id, u.organisation_id, u.username, u.display_name, u.email, u.role, u.status, u.last_signed_in_at,
         u.totp_enrolled_at IS NOT NULL AS mfa_enrolled,
         (u.role <> 'PORTAL_ADMINISTRATOR' OR coalesce(o.portal_administrator_mfa_required, false)) AS mfa_required,
         u.created_at, u.deactivated_at,
         i.id AS invitation_id, i.sent_at AS invitation_sent_at, i.expires_at AS invitation_expires_at,
         e.status AS email_status, e.last_error AS email_error
    FROM portal_user u
    LEFT JOIN organisation o ON o.id = u.organisation_id
    LEFT JOIN portal_user_invitation i ON i.portal_user_id = u.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
    LEFT JOIN LATERAL (SELECT status, last_error FROM account_email_dispatch d
                        WHERE d.invitation_id = i.id ORDER BY d.created_at DESC LIMIT 1) e ON true`;

function toView(row: ViewRow): PortalUserView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    status: row.status,
    lastSignedInAt: row.last_signed_in_at,
    mfaEnrolled: row.mfa_enrolled,
    mfaRequired: row.mfa_required,
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at,
    invitation: row.invitation_id
      ? { sentAt: row.invitation_sent_at, expiresAt: row.invitation_expires_at, emailStatus: row.email_status, emailError: row.email_error }
      : null,
  };
}

/** One portal user, as listed (any trust: callers scope the id themselves). */
export async function portalUserView(manager: EntityManager, portalUserId: string): Promise<PortalUserView> {
  const [row]: ViewRow[] = await manager.query(`${VIEW} WHERE u.id = $1`, [portalUserId]);
  return toView(row);
}

/** `portalUser`: one of the manager's trust's portal users; null for any other id (rule 6: another trust's is unknown). */
export async function findPortalUser(manager: EntityManager, actor: Actor | null, portalUserId: string): Promise<PortalUserView | null> {
  const { organisationId } = requireTrustUserManager(actor);
  if (!isUuid(portalUserId)) return null;
  const [row]: ViewRow[] = await manager.query(`${VIEW} WHERE u.id = $1 AND u.organisation_id = $2`, [portalUserId, organisationId]);
  return row ? toView(row) : null;
}

export interface PortalUsersFilter {
  status?: PortalUserStatus | null;
}

/** `portalUsers`: the trust's portal users by name, for its Senior Portal Administrators. */
export async function listPortalUsers(
  manager: EntityManager,
  actor: Actor | null,
  filter: PortalUsersFilter | null | undefined,
  page: PageInput | null | undefined,
): Promise<Page<PortalUserView>> {
  const { organisationId } = requireTrustUserManager(actor);
  const request = pageRequest(page);
  const status = filter?.status ?? null;
  const [rows, [{ count }]]: [ViewRow[], { count: string }[]] = await Promise.all([
    manager.query(
      `${VIEW} WHERE u.organisation_id = $1 AND ($2::text IS NULL OR u.status = $2)
        ORDER BY lower(u.display_name), u.id LIMIT $3 OFFSET $4`,
      [organisationId, status, request.limit, request.offset],
    ),
    manager.query('SELECT count(*) AS count FROM portal_user u WHERE u.organisation_id = $1 AND ($2::text IS NULL OR u.status = $2)', [
      organisationId,
      status,
    ]),
  ]);
  return toPage(rows.map(toView), Number(count), request);
}

export interface InvitePortalUserInput {
  displayName: string;
  email: string;
  role: TrustRole;
}

/**
 * Creates a person, INVITED, in the inviter's trust (the username is their email address), and
 * records the invitation email. Whoever already has an account with that address cannot be invited.
 */
export async function invitePortalUser(context: CommandContext, actor: Actor | null, input: InvitePortalUserInput): Promise<PortalUserView> {
  const seniorAdmin = requireTrustUserManager(actor);
  const displayName = requiredText('displayName', input.displayName, 'their full name', 100);
  const email = validEmail('email', input.email);
  const role = validTrustRole(input.role);
  return runCommand(context, async (manager, outbox) => {
    const id = await createInvitedPerson(manager, outbox, { organisationId: seniorAdmin.organisationId, displayName, email, role }, seniorAdmin, 'email');
    return portalUserView(manager, id);
  });
}

/**
 * An INVITED person with their invitation (for invitePortalUser, trust registration and the national
 * bootstrap), audited as `portal-user.invited`. `emailField` names the input field an address already
 * in use is reported on.
 */
export async function createInvitedPerson(
  manager: EntityManager,
  outbox: Outbox | null,
  person: { organisationId: string | null; displayName: string; email: string; role: PortalRole },
  by: AuditActor,
  emailField: string,
): Promise<string> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO portal_user (organisation_id, username, email, display_name, role, status)
     VALUES ($1, $2, $2, $3, $4, 'INVITED') ON CONFLICT DO NOTHING RETURNING id`,
    [person.organisationId, person.email, person.displayName, person.role],
  );
  if (inserted.length === 0) {
    throw new BadUserInputError(emailField, 'There is already a portal user with this email address. Use a different email address');
  }
  const id = inserted[0].id;
  if (outbox) await createInvitation(manager, outbox, { portalUserId: id, organisationId: person.organisationId }, by);
  await recordAuditEvent(manager, by, {
    organisationId: person.organisationId,
    action: 'portal-user.invited',
    entityType: 'PortalUser',
    entityId: id,
    before: null,
    after: { displayName: person.displayName, email: person.email, role: person.role, status: 'INVITED' },
  });
  return id;
}

export async function changePortalUserRole(context: CommandContext, actor: Actor | null, portalUserId: string, role: TrustRole): Promise<PortalUserView> {
  const seniorAdmin = requireTrustUserManager(actor);
  const newRole = validTrustRole(role);
  if (portalUserId === seniorAdmin.id) {
    throw new BadUserInputError('portalUserId', 'You cannot change your own role. Ask another Senior Portal Administrator to do it');
  }
  return userManagementCommand(context, seniorAdmin, portalUserId, async (manager, outbox, target) => {
    if (target.role === newRole) return;
    if (target.role === 'SENIOR_PORTAL_ADMINISTRATOR') await keepAnotherActiveSenior(manager, target, 'role');
    await manager.query('UPDATE portal_user SET role = $2 WHERE id = $1', [target.id, newRole]);
    await recordAuditEvent(manager, seniorAdmin, userChange(target, 'portal-user.role-changed', { role: target.role }, { role: newRole }));
    if (target.status === 'ACTIVE') {
      await recordAccountEmail(manager, outbox, { kind: 'ROLE_CHANGED', portalUserId: target.id, details: { by: seniorAdmin.name, previousRole: target.role } });
    }
  });
}

/** Deactivates a person: their sessions end at once, an open invitation stops working, nothing is deleted. */
export async function deactivatePortalUser(context: CommandContext, actor: Actor | null, portalUserId: string, now: Date = new Date()): Promise<PortalUserView> {
  const seniorAdmin = requireTrustUserManager(actor);
  if (portalUserId === seniorAdmin.id) {
    throw new BadUserInputError('portalUserId', 'You cannot deactivate your own account. Ask another Senior Portal Administrator to do it');
  }
  return userManagementCommand(context, seniorAdmin, portalUserId, async (manager, outbox, target) => {
    if (target.status === 'DEACTIVATED') return;
    if (target.role === 'SENIOR_PORTAL_ADMINISTRATOR') await keepAnotherActiveSenior(manager, target, 'portalUserId');
    await deactivate(manager, target.id, now);
    await recordAuditEvent(manager, seniorAdmin, userChange(target, 'portal-user.deactivated', { status: target.status }, { status: 'DEACTIVATED' }));
    if (target.status === 'ACTIVE') {
      await recordAccountEmail(manager, outbox, { kind: 'ACCOUNT_DEACTIVATED', portalUserId: target.id, details: { by: seniorAdmin.name } });
    }
  });
}

/**
 * Reactivates a person: someone who had set a password is ACTIVE again (and signs in as before);
 * someone who never accepted their invitation is INVITED again, with a new invitation email.
 */
export async function reactivatePortalUser(context: CommandContext, actor: Actor | null, portalUserId: string): Promise<PortalUserView> {
  const seniorAdmin = requireTrustUserManager(actor);
  return userManagementCommand(context, seniorAdmin, portalUserId, async (manager, outbox, target) => {
    if (target.status !== 'DEACTIVATED') return;
    const status: PortalUserStatus = target.has_password ? 'ACTIVE' : 'INVITED';
    await manager.query(
      `UPDATE portal_user SET status = $2, deactivated_at = NULL, failed_sign_in_count = 0, failed_sign_in_window_started_at = NULL, locked_until = NULL
        WHERE id = $1`,
      [target.id, status],
    );
    if (status === 'INVITED') await createInvitation(manager, outbox, { portalUserId: target.id, organisationId: seniorAdmin.organisationId }, seniorAdmin);
    await recordAuditEvent(manager, seniorAdmin, userChange(target, 'portal-user.reactivated', { status: 'DEACTIVATED' }, { status }));
  });
}

/** Sends an INVITED person's invitation again: the earlier link stops working at once. */
export async function resendInvitation(context: CommandContext, actor: Actor | null, portalUserId: string): Promise<PortalUserView> {
  const seniorAdmin = requireTrustUserManager(actor);
  return userManagementCommand(context, seniorAdmin, portalUserId, async (manager, outbox, target) => {
    if (target.status !== 'INVITED' || !(await resendOpenInvitation(manager, outbox, target.id, seniorAdmin))) {
      throw new BadUserInputError('portalUserId', `${target.display_name} has no invitation waiting to be accepted`);
    }
    await recordAuditEvent(manager, seniorAdmin, userChange(target, 'portal-user.invitation-resent', null, { email: target.email }));
  });
}

/** Withdraws an invitation: its link stops working and the person is DEACTIVATED (kept on record). */
export async function revokeInvitation(context: CommandContext, actor: Actor | null, portalUserId: string, now: Date = new Date()): Promise<PortalUserView> {
  const seniorAdmin = requireTrustUserManager(actor);
  return userManagementCommand(context, seniorAdmin, portalUserId, async (manager, _outbox, target) => {
    if (target.status !== 'INVITED') {
      throw new BadUserInputError('portalUserId', `${target.display_name} has no invitation waiting to be accepted`);
    }
    await deactivate(manager, target.id, now);
    await recordAuditEvent(manager, seniorAdmin, userChange(target, 'portal-user.invitation-revoked', { status: 'INVITED' }, { status: 'DEACTIVATED' }));
  });
}

/**
 * Removes a person's second factor and recovery codes (a lost phone): their sessions end, and they set
 * up an authenticator app again at their next sign-in. Audited, and the person is told by email.
 */
export async function resetPortalUserMfa(context: CommandContext, actor: Actor | null, portalUserId: string): Promise<PortalUserView> {
  const seniorAdmin = requireTrustUserManager(actor);
  if (portalUserId === seniorAdmin.id) {
    throw new BadUserInputError('portalUserId', 'You cannot reset your own two-step verification. Use a recovery code, or ask another Senior Portal Administrator');
  }
  return userManagementCommand(context, seniorAdmin, portalUserId, async (manager, outbox, target) => {
    if (!target.mfa_enrolled) {
      throw new BadUserInputError('portalUserId', `${target.display_name} has not set up two-step verification, so there is nothing to reset`);
    }
    await manager.query(
      'UPDATE portal_user SET totp_secret_encrypted = NULL, totp_enrolled_at = NULL, totp_last_used_step = NULL WHERE id = $1',
      [target.id],
    );
    await manager.query('DELETE FROM portal_user_recovery_code WHERE portal_user_id = $1', [target.id]);
    await endSessionsOf(manager, [target.id]);
    await recordAuditEvent(manager, seniorAdmin, userChange(target, 'portal-user.mfa-reset', { mfaEnrolled: true }, { mfaEnrolled: false }));
    await recordAccountEmail(manager, outbox, { kind: 'MFA_RESET', portalUserId: target.id, details: { by: seniorAdmin.name } });
  });
}

/**
 * Whether the trust's Portal Administrators need a second factor too. Turning it on ends the sessions of
 * those who have none, so the rule holds from now on: they set one up at their next sign-in.
 */
export async function setPortalAdministratorMfaRequired(context: CommandContext, actor: Actor | null, required: boolean): Promise<Organisation> {
  const seniorAdmin = requireTrustUserManager(actor);
  return runCommand(context, async (manager) => {
    const organisation = await manager.findOneOrFail(Organisation, {
      where: { id: seniorAdmin.organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (organisation.portalAdministratorMfaRequired === required) return organisation;
    await manager.update(Organisation, { id: organisation.id }, { portalAdministratorMfaRequired: required });
    if (required) {
      const withoutMfa: { id: string }[] = await manager.query(
        `SELECT id FROM portal_user WHERE organisation_id = $1 AND role = 'PORTAL_ADMINISTRATOR' AND totp_enrolled_at IS NULL`,
        [organisation.id],
      );
      await endSessionsOf(manager, withoutMfa.map((row) => row.id));
    }
    await recordAuditEvent(manager, seniorAdmin, {
      organisationId: organisation.id,
      action: 'organisation.portal-administrator-mfa-changed',
      entityType: 'Organisation',
      entityId: organisation.id,
      before: { portalAdministratorMfaRequired: organisation.portalAdministratorMfaRequired },
      after: { portalAdministratorMfaRequired: required },
    });
    return { ...organisation, portalAdministratorMfaRequired: required };
  });
}

interface TargetRow {
  id: string;
  display_name: string;
  email: string | null;
  role: PortalRole;
  status: PortalUserStatus;
  has_password: boolean;
  mfa_enrolled: boolean;
  organisation_id: string;
}

/**
 * One change to one portal user of the manager's trust. The trust's row is locked first, so changes to
 * the trust's users take turns: two Senior Portal Administrators demoting each other at the same moment
 * are decided one after the other, and the second sees the first's change. An id of another trust's user
 * is answered as an unknown id (rule 6).
 */
async function userManagementCommand(
  context: CommandContext,
  seniorAdmin: { organisationId: string },
  portalUserId: string,
  change: (manager: EntityManager, outbox: Outbox, target: TargetRow) => Promise<void>,
): Promise<PortalUserView> {
  return runCommand(context, async (manager, outbox) => {
    await manager.query('SELECT 1 FROM organisation WHERE id = $1 FOR NO KEY UPDATE', [seniorAdmin.organisationId]);
    const [target]: TargetRow[] = isUuid(portalUserId)
      ? await manager.query(
          `SELECT id, display_name, email, role, status, password_hash IS NOT NULL AS has_password,
                  totp_enrolled_at IS NOT NULL AS mfa_enrolled, organisation_id
             FROM portal_user WHERE id = $1 AND organisation_id = $2 FOR UPDATE`,
          [portalUserId, seniorAdmin.organisationId],
        )
      : [];
    if (!target) throw new BadUserInputError('portalUserId', 'No portal user with that id in your organisation');
    await change(manager, outbox, target);
    return portalUserView(manager, target.id);
  });
}

/** Refuses a change that would leave the trust with no active Senior Portal Administrator. */
async function keepAnotherActiveSenior(manager: EntityManager, target: TargetRow, field: string): Promise<void> {
  if (target.status !== 'ACTIVE') return;
  const [{ others }]: { others: string }[] = await manager.query(
    `SELECT count(*) AS others FROM portal_user
      WHERE organisation_id = $1 AND role = 'SENIOR_PORTAL_ADMINISTRATOR' AND status = 'ACTIVE' AND id <> $2`,
    [target.organisation_id, target.id],
  );
  if (Number(others) === 0) {
    throw new BadUserInputError(
      field,
      `${target.display_name} is the trust’s only active Senior Portal Administrator. Make someone else a Senior Portal Administrator first`,
    );
  }
}

async function deactivate(manager: EntityManager, portalUserId: string, now: Date): Promise<void> {
  await manager.query(`UPDATE portal_user SET status = 'DEACTIVATED', deactivated_at = $2 WHERE id = $1`, [portalUserId, now]);
  await revokeOpenInvitation(manager, portalUserId, now);
  await endSessionsOf(manager, [portalUserId]);
}

function userChange(target: TargetRow, action: string, before: Record<string, unknown> | null, after: Record<string, unknown>) {
  return {
    organisationId: target.organisation_id,
    action,
    entityType: 'PortalUser',
    entityId: target.id,
    before: before && { displayName: target.display_name, ...before },
    after: { displayName: target.display_name, ...after },
  };
}

function validTrustRole(role: string): TrustRole {
  if (!(TRUST_ROLES as readonly string[]).includes(role)) {
    throw new BadUserInputError('role', 'Select Senior Portal Administrator or Portal Administrator');
  }
  return role as TrustRole;
}
