import type { EntityManager } from 'typeorm';
import { requireNationalAdministrator, type Actor } from '../common/actor';
import { BadUserInputError, FieldErrors } from '../common/domain-error';
import { inSentence, TEAMS, type Team } from '../common/enums';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { isUuid, requiredText, validEmail } from '../common/validation';
import { recordAuditEvent, type AuditActor } from '../audit/audit.service';
import { endSessionsOf } from '../auth/sessions';
import { createInvitedPerson } from '../accounts/portal-users.service';
import { resendOpenInvitation } from '../accounts/invitations.service';
import { runCommand, type CommandContext, type Outbox } from '../jobs/outbox';
import { CONTACT_ROLE_DETAILS, CONTACT_ROLES, type ContactRole } from '../organisation/contact.entity';
import type { OrganisationStatus } from '../organisation/organisation.entity';
import { validContactDetails } from '../organisation/organisation.service';
import { registerOrganisation } from '../organisation/register-organisation';

/**
 * Rule 7 (docs/domain.md): National Administrators register trusts, see the list of trusts, and
 * deactivate and reactivate them. They never read or change a trust's settings: a trust here is its
 * ODS code, name and standing only.
 */

/** A trust as National Administrators see it. */
export interface TrustView {
  id: string;
  odsCode: string;
  name: string;
  status: OrganisationStatus;
  registeredAt: Date;
  deactivatedAt: Date | null;
  activeSeniorAdministrators: number;
  /** No Senior Portal Administrator has accepted an invitation yet. */
  awaitingFirstAdministrator: boolean;
}

const TRUST_VIEW = `
  SELECT o.id, o.ods_code, o.name, o.status, o.created_at, o.deactivated_at,
         (SELECT count(*) FROM portal_user u
           WHERE u.organisation_id = o.id AND u.role = 'SENIOR_PORTAL_ADMINISTRATOR' AND u.status = 'ACTIVE') AS active_seniors,
         NOT EXISTS (SELECT 1 FROM portal_user u WHERE u.organisation_id = o.id AND u.password_hash IS NOT NULL) AS awaiting_first
    FROM organisation o`;

interface TrustRow {
  id: string;
  ods_code: string;
  name: string;
  status: OrganisationStatus;
  created_at: Date;
  deactivated_at: Date | null;
  active_seniors: string;
  awaiting_first: boolean;
}

function toTrust(row: TrustRow): TrustView {
  return {
    id: row.id,
    odsCode: row.ods_code,
    name: row.name,
    status: row.status,
    registeredAt: row.created_at,
    deactivatedAt: row.deactivated_at,
    activeSeniorAdministrators: Number(row.active_seniors),
    awaitingFirstAdministrator: row.awaiting_first,
  };
}

async function trustView(manager: EntityManager, id: string): Promise<TrustView> {
  const [row]: TrustRow[] = await manager.query(`${TRUST_VIEW} WHERE o.id = $1`, [id]);
  return toTrust(row);
}

/** Trusts by id, for the audit log of National Administrators (DataLoader). */
export async function trustsById(manager: EntityManager, ids: readonly string[]): Promise<(TrustView | null)[]> {
  const rows: TrustRow[] = await manager.query(`${TRUST_VIEW} WHERE o.id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(rows.map((row) => [row.id, toTrust(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface TrustsFilter {
  status?: OrganisationStatus | null;
  /** Part of a name or ODS code, any case. */
  search?: string | null;
}

/** `trusts`: every registered trust by name, for National Administrators. */
export async function listTrusts(
  manager: EntityManager,
  actor: Actor | null,
  filter: TrustsFilter | null | undefined,
  page: PageInput | null | undefined,
): Promise<Page<TrustView>> {
  requireNationalAdministrator(actor);
  const request = pageRequest(page);
  const status = filter?.status ?? null;
  const search = filter?.search?.trim() ? `%${filter.search.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  const where = `WHERE ($1::text IS NULL OR o.status = $1) AND ($2::text IS NULL OR o.name ILIKE $2 OR o.ods_code ILIKE $2)`;
  const [rows, [{ count }]]: [TrustRow[], { count: string }[]] = await Promise.all([
    manager.query(`${TRUST_VIEW} ${where} ORDER BY lower(o.name), o.id LIMIT $3 OFFSET $4`, [status, search, request.limit, request.offset]),
    manager.query(`SELECT count(*) AS count FROM organisation o ${where}`, [status, search]),
  ]);
  return toPage(rows.map(toTrust), Number(count), request);
}

export interface RegisterTrustInput {
  odsCode: string;
  name: string;
  /** Organisation details, one entry per contact role (the senior portal administrator's defaults to the first one's). */
  contacts: { role: ContactRole; name: string; email?: string | null; phone?: string | null }[];
  /** Where each team's weekly summary goes; a team left out gets its contact's email address. */
  summaryAddresses?: { team: Team; email: string }[] | null;
  firstSeniorAdministrator: { name: string; email: string };
}

/**
 * Registers a trust: its organisation details and notification settings start as given here (every
 * team's weekly summary on), automatic issuance starts at the national default (off for every
 * credential), and its first Senior Portal Administrator is invited by email. Errors name the field,
 * e.g. `contacts.HR_TEAM.email`, `summaryAddresses.HR`, `firstSeniorAdministrator.email`.
 */
export async function registerTrust(context: CommandContext, registrar: AuditActor, input: RegisterTrustInput): Promise<TrustView> {
  const { odsCode, name, firstAdmin, contacts, notifications } = await validRegistration(context, input);
  return runCommand(context, async (manager, outbox) => {
    const { id, created } = await registerOrganisation(manager, { odsCode, name, contacts, notifications });
    if (!created) throw new BadUserInputError('odsCode', `A trust with ODS code ${odsCode} is already registered`);
    await recordAuditEvent(manager, registrar, {
      organisationId: id,
      action: 'trust.registered',
      entityType: 'Organisation',
      entityId: id,
      before: null,
      after: { odsCode, name, status: 'ACTIVE', firstSeniorAdministrator: firstAdmin },
    });
    await createInvitedPerson(
      manager,
      outbox,
      { organisationId: id, displayName: firstAdmin.name, email: firstAdmin.email, role: 'SENIOR_PORTAL_ADMINISTRATOR' },
      registrar,
      'firstSeniorAdministrator.email',
    );
    return trustView(manager, id);
  });
}

/** Deactivates a trust: its users' sessions end and its API keys stop at once; nothing is deleted. */
export async function deactivateTrust(context: CommandContext, actor: Actor | null, trustId: string, now: Date = new Date()): Promise<TrustView> {
  const nationalAdmin = requireNationalAdministrator(actor);
  return trustCommand(context, trustId, async (manager, trust) => {
    if (trust.status === 'DEACTIVATED') return;
    await manager.query(`UPDATE organisation SET status = 'DEACTIVATED', deactivated_at = $2 WHERE id = $1`, [trust.id, now]);
    const users: { id: string }[] = await manager.query('SELECT id FROM portal_user WHERE organisation_id = $1', [trust.id]);
    await endSessionsOf(manager, users.map((user) => user.id));
    await recordAuditEvent(manager, nationalAdmin, trustEvent(trust, 'trust.deactivated', 'ACTIVE', 'DEACTIVATED'));
  });
}

/** Reactivates a trust: its active users can sign in again and its API keys (unless revoked) work again. */
export async function reactivateTrust(context: CommandContext, actor: Actor | null, trustId: string): Promise<TrustView> {
  const nationalAdmin = requireNationalAdministrator(actor);
  return trustCommand(context, trustId, async (manager, trust) => {
    if (trust.status === 'ACTIVE') return;
    await manager.query(`UPDATE organisation SET status = 'ACTIVE', deactivated_at = NULL WHERE id = $1`, [trust.id]);
    await recordAuditEvent(manager, nationalAdmin, trustEvent(trust, 'trust.reactivated', 'DEACTIVATED', 'ACTIVE'));
  });
}

/**
 * Until a trust's first Senior Portal Administrator has accepted, nobody in the trust can invite them
 * again: the National Administrator can re-send their invitation (a new link; the earlier one stops).
 */
export async function resendTrustInvitation(context: CommandContext, actor: Actor | null, trustId: string): Promise<TrustView> {
  const nationalAdmin = requireNationalAdministrator(actor);
  return trustCommand(context, trustId, async (manager, trust, outbox) => {
    const invited: { id: string; email: string }[] = await manager.query(
      `SELECT id, email FROM portal_user WHERE organisation_id = $1 AND role = 'SENIOR_PORTAL_ADMINISTRATOR' AND status = 'INVITED'`,
      [trust.id],
    );
    const [{ accepted }]: { accepted: boolean }[] = await manager.query(
      'SELECT EXISTS (SELECT 1 FROM portal_user WHERE organisation_id = $1 AND password_hash IS NOT NULL) AS accepted',
      [trust.id],
    );
    if (accepted || trust.status !== 'ACTIVE' || invited.length === 0) {
      throw new BadUserInputError('id', 'Only an active trust whose first Senior Portal Administrator has not accepted yet can have the invitation sent again');
    }
    for (const person of invited) await resendOpenInvitation(manager, outbox, person.id, nationalAdmin);
    await recordAuditEvent(manager, nationalAdmin, {
      organisationId: trust.id,
      action: 'trust.invitation-resent',
      entityType: 'Organisation',
      entityId: trust.id,
      before: null,
      after: { odsCode: trust.ods_code, sentTo: invited.map((person) => person.email) },
    });
  });
}

type TrustTarget = { id: string; ods_code: string; name: string; status: OrganisationStatus };

async function trustCommand(
  context: CommandContext,
  trustId: string,
  change: (manager: EntityManager, trust: TrustTarget, outbox: Outbox) => Promise<void>,
): Promise<TrustView> {
  return runCommand(context, async (manager, outbox) => {
    const [trust]: TrustTarget[] = isUuid(trustId)
      ? await manager.query('SELECT id, ods_code, name, status FROM organisation WHERE id = $1 FOR NO KEY UPDATE', [trustId])
      : [];
    if (!trust) throw new BadUserInputError('id', 'No trust with that id');
    await change(manager, trust, outbox);
    return trustView(manager, trust.id);
  });
}

function trustEvent(trust: TrustTarget, action: string, before: OrganisationStatus, after: OrganisationStatus) {
  return {
    organisationId: trust.id,
    action,
    entityType: 'Organisation',
    entityId: trust.id,
    before: { odsCode: trust.ods_code, name: trust.name, status: before },
    after: { odsCode: trust.ods_code, name: trust.name, status: after },
  };
}

function teamContact(team: Team): ContactRole {
  return `${team}_TEAM` as ContactRole;
}

type RegistrationContact = { name: string; email: string | null; phone: string | null };

/**
 * Checks a whole registration and reports every problem together (the form shows them all at once),
 * including an ODS code or first administrator's address already taken. The transaction that registers
 * checks those two again, for a registration made at the same moment.
 */
async function validRegistration(context: CommandContext, input: RegisterTrustInput) {
  const errors = new FieldErrors();
  const odsCode = input.odsCode.trim().toUpperCase();
  const odsCodeWellFormed = /^[A-Z0-9]{3,5}$/.test(odsCode);
  if (!odsCodeWellFormed) errors.add('odsCode', 'Enter an ODS code of 3 to 5 letters and numbers, like RJ1');
  const name = errors.check(() => requiredText('name', input.name, 'the trust’s name', 200));
  const adminName = errors.check(() => requiredText('firstSeniorAdministrator.name', input.firstSeniorAdministrator.name, 'their full name', 100));
  const adminEmail = errors.check(() => validEmail('firstSeniorAdministrator.email', input.firstSeniorAdministrator.email));
  const contacts = validRegistrationContacts(errors, input.contacts, adminName && adminEmail ? { name: adminName, email: adminEmail } : null);
  const notifications: Partial<Record<Team, { email: string; enabled: boolean }>> = {};
  for (const team of TEAMS) {
    const given = (input.summaryAddresses ?? []).filter((address) => address.team === team);
    if (given.length > 1) errors.add(`summaryAddresses.${team}`, 'Give each team’s summary address once');
    const email = given[0] ? errors.check(() => validEmail(`summaryAddresses.${team}`, given[0].email)) : contacts[teamContact(team)]?.email;
    if (email) notifications[team] = { email, enabled: true };
  }
  if (odsCodeWellFormed) {
    const [taken] = await context.dataSource.query('SELECT 1 FROM organisation WHERE ods_code = $1', [odsCode]);
    if (taken) errors.add('odsCode', `A trust with ODS code ${odsCode} is already registered`);
  }
  if (adminEmail) {
    const [inUse] = await context.dataSource.query('SELECT 1 FROM portal_user WHERE username = $1 OR email = $1', [adminEmail]);
    if (inUse) errors.add('firstSeniorAdministrator.email', 'There is already a portal user with this email address. Use a different email address');
  }
  errors.throwIfAny();
  return {
    odsCode,
    name: name!,
    firstAdmin: { name: adminName!, email: adminEmail! },
    contacts: contacts as Record<ContactRole, RegistrationContact>,
    notifications: notifications as Record<Team, { email: string; enabled: boolean }>,
  };
}

/** Every contact role once; the senior portal administrator's entry defaults to the first one invited. */
function validRegistrationContacts(
  errors: FieldErrors,
  given: RegisterTrustInput['contacts'],
  firstAdmin: { name: string; email: string } | null,
): Partial<Record<ContactRole, RegistrationContact>> {
  const contacts: Partial<Record<ContactRole, RegistrationContact>> = {};
  const seen = new Set<ContactRole>();
  for (const contact of given) {
    if (!CONTACT_ROLE_DETAILS[contact.role]) {
      errors.add('contacts', `Unknown contact role ${contact.role}`);
      continue;
    }
    if (seen.has(contact.role)) {
      errors.add(`contacts.${contact.role}`, `Give the ${inSentence(CONTACT_ROLE_DETAILS[contact.role].label)} once`);
      continue;
    }
    seen.add(contact.role);
    const valid = errors.check(() => validContactDetails(contact.role, contact, `contacts.${contact.role}.`));
    if (valid) contacts[contact.role] = valid;
  }
  if (!seen.has('SENIOR_PORTAL_ADMINISTRATOR') && firstAdmin) {
    seen.add('SENIOR_PORTAL_ADMINISTRATOR');
    contacts.SENIOR_PORTAL_ADMINISTRATOR = { name: firstAdmin.name, email: firstAdmin.email, phone: null };
  }
  for (const role of CONTACT_ROLES) {
    if (!seen.has(role) && role !== 'SENIOR_PORTAL_ADMINISTRATOR') {
      errors.add(`contacts.${role}.name`, `Enter the details of the ${inSentence(CONTACT_ROLE_DETAILS[role].label)}`);
    }
  }
  return contacts;
}

