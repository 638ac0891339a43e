import type { EntityManager } from 'typeorm';
import { EMPLOYMENT_TYPES, inSentence, TEAMS, teamInSentence, type EmploymentType, type Team } from '../common/enums';
import { CONTACT_ROLE_DETAILS, type ContactRole } from '../organisation/contact.entity';
import type { AuditEvent } from './audit-event.entity';
import { AuditNames, lookUpAuditNames, referencesOf } from './audit-names';

/**
 * At most this many rows describe one event (an ESR batch can change thousands of records): the rest
 * are counted in a last row, so a page of events stays small enough to read and to answer.
 */
export const MAX_AUDIT_CHANGES = 20;

/** One row of what an event changed, as display text: null where there was nothing before or after. */
export interface AuditChange {
  label: string;
  before: string | null;
  after: string | null;
}

/** An audit event as a person reads it: one sentence, then what changed. */
export interface AuditEventDescription {
  summary: string;
  changes: AuditChange[];
}

type State = Record<string, unknown>;
type Describable = Pick<AuditEvent, 'action' | 'entityType' | 'entityId' | 'actorName' | 'before' | 'after'>;

const EMPLOYMENT_TYPE_TEXT: Record<EmploymentType, string> = {
  PERMANENT_OR_FIXED_TERM: 'Permanent or fixed-term contract',
  TEMPORARY_MOVER: 'Temporary mover',
};

const NOT_GIVEN = 'Not given';

const quoted = (name: unknown) => `‘${String(name)}’`;
const text = (value: unknown): string => (value === null || value === undefined || value === '' ? NOT_GIVEN : String(value));
const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
const list = (names: string[]) => (names.length ? names.join(', ') : 'None');
const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * The rows of a before/after pair, each label once. A change (both states) shows only what differs; a
 * creation or deletion shows every row.
 */
function rows(before: State | null, after: State | null, show: (state: State) => [label: string, value: string][]): AuditChange[] {
  const was = new Map(before ? show(before) : []);
  const now = new Map(after ? show(after) : []);
  const labels = [...new Set([...was.keys(), ...now.keys()])];
  return labels
    .map((label) => ({ label, before: before ? (was.get(label) ?? NOT_GIVEN) : null, after: after ? (now.get(label) ?? NOT_GIVEN) : null }))
    .filter((change) => !(before && after) || change.before !== change.after);
}

function templateRows(names: AuditNames) {
  return (state: State): [string, string][] => [
    ['Name', text(state.name)],
    ['Staff group', names.of('staffGroupIds', state.staffGroupId) ?? 'A staff group that no longer exists'],
    ['Job role', state.jobRoleId ? (names.of('jobRoleIds', state.jobRoleId) ?? 'A job role that has since been deleted') : 'All job roles'],
    [
      'Employment types',
      list(
        asStrings(state.employmentTypes)
          .filter((type): type is EmploymentType => (EMPLOYMENT_TYPES as readonly string[]).includes(type))
          .map((type) => EMPLOYMENT_TYPE_TEXT[type]),
      ),
    ],
    ['Whole categories', list(asStrings(state.categoryIds).map((id) => names.of('categoryIds', id) ?? 'A category that no longer exists').sort())],
    ['Single credentials', list(asStrings(state.credentialIds).map((id) => names.of('credentialIds', id) ?? 'A credential that no longer exists').sort())],
  ];
}

function teamOf(value: unknown): Team | null {
  return typeof value === 'string' && (TEAMS as readonly string[]).includes(value) ? (value as Team) : null;
}

const theTeam = (team: Team | null) => (team ? `the ${teamInSentence(team)}` : 'a team');
const theTeams = (team: Team | null) => (team ? `the ${teamInSentence(team)}’s` : 'a team’s');

function describeTemplate(event: Describable, names: AuditNames, who: string): AuditEventDescription {
  const { before, after } = event;
  const changes = rows(before, after, templateRows(names));
  switch (event.action) {
    case 'template.created':
      return { summary: `${who} created the template ${quoted(after?.name)}`, changes };
    case 'template.deleted':
      return { summary: `${who} deleted the template ${quoted(before?.name)}`, changes };
    default: {
      const renamed = before && after && before.name !== after.name;
      return {
        summary: renamed
          ? `${who} changed the template ${quoted(before.name)}, now called ${quoted(after.name)}`
          : `${who} changed the template ${quoted(after?.name ?? before?.name)}`,
        changes,
      };
    }
  }
}

function describeJobRole(event: Describable, names: AuditNames, who: string): AuditEventDescription {
  const { before, after } = event;
  const groupName = (state: State) =>
    typeof state.staffGroup === 'string' ? state.staffGroup : (names.of('staffGroupIds', state.staffGroupId) ?? 'its staff group');
  const changes = rows(before, after, (state) => [
    ['Name', text(state.name)],
    ...(state.staffGroup || state.staffGroupId ? [['Staff group', groupName(state)] as [string, string]] : []),
  ]);
  switch (event.action) {
    case 'job-role.created':
      return { summary: `${who} created the job role ${quoted(after?.name)} in ${groupName(after ?? {})}`, changes };
    case 'job-role.deleted':
      return { summary: `${who} deleted the job role ${quoted(before?.name)} from ${groupName(before ?? {})}`, changes };
    default:
      return { summary: `${who} renamed the job role ${quoted(before?.name)} to ${quoted(after?.name)}`, changes };
  }
}

function describeContact(event: Describable, who: string): AuditEventDescription {
  const role = (event.after?.role ?? event.before?.role) as ContactRole | undefined;
  const label = role && CONTACT_ROLE_DETAILS[role] ? inSentence(CONTACT_ROLE_DETAILS[role].label) : null;
  return {
    summary: label ? `${who} changed the ${label} details` : `${who} changed a contact’s details`,
    changes: rows(event.before, event.after, (state) => [
      ['Name', text(state.name)],
      ['Email address', text(state.email)],
      ['Phone number', text(state.phone)],
    ]),
  };
}

function describeNotificationSetting(event: Describable, names: AuditNames, who: string): AuditEventDescription {
  const team = teamOf(names.of('notificationSettingIds', event.entityId));
  const changes = rows(event.before, event.after, (state) => [
    ['Email address', text(state.email)],
    ['Weekly summary email', state.enabled ? 'On' : 'Off'],
  ]);
  const changed = new Set(changes.map((change) => change.label));
  let summary = `${who} saved ${theTeams(team)} notification settings without changing them`;
  if (changed.size === 2) summary = `${who} changed ${theTeams(team)} notification settings`;
  else if (changed.has('Email address')) summary = `${who} changed the address ${theTeams(team)} weekly summary goes to`;
  else if (changed.has('Weekly summary email')) {
    summary = `${who} turned ${event.after?.enabled ? 'on' : 'off'} the weekly summary email for ${theTeam(team)}`;
  }
  return { summary, changes };
}

function describeAutoIssue(event: Describable, names: AuditNames, who: string): AuditEventDescription {
  const issued = (value: unknown) => (value ? 'Issued automatically' : 'Issued by hand');
  const after = event.after ?? {};
  const codes = Object.keys(after);
  const changes = codes
    .map((code) => ({ label: names.of('credentialCodes', code) ?? code, before: issued(event.before?.[code]), after: issued(after[code]) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const on = codes.filter((code) => after[code]).length;
  const what = codes.length === 1 ? (changes[0]?.label ?? 'a credential') : plural(codes.length, 'credential');
  const verb = on === codes.length ? 'turned on' : on === 0 ? 'turned off' : 'changed';
  return { summary: `${who} ${verb} automatic issuance for ${what}`, changes };
}

function describeSummarySent(event: Describable, who: string): AuditEventDescription {
  const after = event.after ?? {};
  return {
    summary: `${who} sent ${theTeams(teamOf(after.team))} weekly summary to ${text(after.recipient)}`,
    changes: rows(null, after, (state) => [
      ['Sent to', text(state.recipient)],
      ['Week', text(state.isoWeek)],
    ]),
  };
}

function describeStaffRecorded(event: Describable, who: string): AuditEventDescription {
  const created = Number(event.after?.created ?? 0);
  const updated = Number(event.after?.updated ?? 0);
  return {
    summary: `${who} added ${plural(created, 'staff member')} and updated ${plural(updated, 'staff member')} from ESR`,
    changes: rows(null, event.after, () => [
      ['Staff members added', String(created)],
      ['Staff members updated', String(updated)],
    ]),
  };
}

function describeEsrBatch(event: Describable, who: string): AuditEventDescription {
  const after = event.after ?? {};
  if (event.action === 'esr-credential-updates.applied') {
    const applied = Array.isArray(after.applied) ? (after.applied as { esrAssignmentNumber: string; credentialCode: string; status: string }[]) : [];
    const issued = Number(after.issued ?? 0);
    const awaiting = Number(after.awaitingManualIssue ?? 0);
    return {
      summary: `${who}’s ESR updates were applied: ${plural(issued, 'credential')} issued automatically, ${plural(awaiting, 'credential')} waiting to be issued by hand`,
      changes: [
        { label: 'Issued automatically', before: null, after: String(issued) },
        { label: 'Waiting to be issued by hand', before: null, after: String(awaiting) },
        { label: 'Unchanged (replayed or older versions)', before: null, after: text(after.unchanged) },
        ...applied.map((update) => ({
          label: `${update.credentialCode} for ESR assignment ${update.esrAssignmentNumber}`,
          before: null,
          after: update.status === 'ISSUED' ? 'Issued' : 'Waiting to be issued by hand',
        })),
      ],
    };
  }
  const received = Number(after.received ?? 0);
  const stored = Number(after.stored ?? 0);
  const rejections = Array.isArray(after.rejections) ? (after.rejections as { index: number; reason: string }[]) : [];
  return {
    summary:
      `${who} sent ${plural(received, 'credential update')} from ESR` +
      (rejections.length ? `, ${plural(rejections.length, 'line')} of which ${rejections.length === 1 ? 'was' : 'were'} left out` : ''),
    changes: [
      { label: 'Updates received', before: null, after: String(received) },
      { label: 'Updates not sent before', before: null, after: String(stored) },
      ...rejections.map((rejection) => ({ label: `Line ${rejection.index + 1} left out`, before: null, after: rejection.reason })),
    ],
  };
}

function describeManualIssue(event: Describable, names: AuditNames, who: string): AuditEventDescription {
  const credential = names.of('credentialRecordIds', event.entityId) ?? 'a credential';
  const person = names.of('staffMemberOfCredentialRecord', event.entityId);
  const status = (value: unknown) => (value === 'AWAITING_MANUAL_ISSUE' ? 'Waiting to be issued by hand' : value === 'ISSUED' ? 'Issued' : text(value));
  return {
    summary: `${who} issued ${credential}${person ? ` to ${person}` : ''} by hand`,
    changes: [{ label: 'Status', before: status(event.before?.status), after: status(event.after?.status) }],
  };
}

const ROLE_TEXT: Record<string, string> = {
  NATIONAL_ADMINISTRATOR: 'National Administrator',
  SENIOR_PORTAL_ADMINISTRATOR: 'Senior Portal Administrator',
  PORTAL_ADMINISTRATOR: 'Portal Administrator',
};
const STATUS_TEXT: Record<string, string> = { INVITED: 'Invited', ACTIVE: 'Active', DEACTIVATED: 'Deactivated' };
const roleText = (value: unknown) => ROLE_TEXT[String(value)] ?? text(value);
const statusText = (value: unknown) => STATUS_TEXT[String(value)] ?? text(value);
const yesNo = (value: unknown) => (value ? 'Yes' : 'No');

/** A trust's registration and standing (National Administrators), and the trust's own authenticator app setting. */
function describeOrganisation(event: Describable, who: string): AuditEventDescription | null {
  const { before, after } = event;
  const state = after ?? before ?? {};
  const trust = state.name ? `${String(state.name)} (${text(state.odsCode)})` : text(state.odsCode);
  const status = rows(before, after, (s) => (s.status ? [['Status', statusText(s.status)]] : []));
  switch (event.action) {
    case 'trust.registered': {
      const first = (after?.firstSeniorAdministrator ?? {}) as State;
      return {
        summary: `${who} registered the trust ${trust}`,
        changes: rows(null, after, (s) => [
          ['ODS code', text(s.odsCode)],
          ['Name', text(s.name)],
          ['First Senior Portal Administrator', `${text(first.name)} (${text(first.email)})`],
        ]),
      };
    }
    case 'trust.deactivated':
      return { summary: `${who} deactivated the trust ${trust}`, changes: status };
    case 'trust.reactivated':
      return { summary: `${who} reactivated the trust ${trust}`, changes: status };
    case 'trust.invitation-resent':
      return {
        summary: `${who} sent the invitation to the first Senior Portal Administrator of the trust ${trust} again`,
        changes: rows(null, after, (s) => [['Sent to', list(asStrings(s.sentTo))]]),
      };
    case 'organisation.portal-administrator-mfa-changed':
      return {
        summary: after?.portalAdministratorMfaRequired
          ? `${who} asked every Portal Administrator to use an authenticator app`
          : `${who} stopped asking Portal Administrators to use an authenticator app`,
        changes: rows(before, after, (s) => [['Portal Administrators need an authenticator app', yesNo(s.portalAdministratorMfaRequired)]]),
      };
    default:
      return null;
  }
}

/** What Senior Portal Administrators did to a trust's portal users, and what people did to their own accounts. */
function describePortalUser(event: Describable, who: string): AuditEventDescription | null {
  const { before, after } = event;
  const person = text(after?.displayName ?? before?.displayName);
  const show = (s: State): [string, string][] => [
    ...(s.email ? [['Email address', text(s.email)] as [string, string]] : []),
    ...(s.role ? [['Role', roleText(s.role)] as [string, string]] : []),
    ...(s.status ? [['Status', statusText(s.status)] as [string, string]] : []),
    ...(s.mfaEnrolled !== undefined ? [['Authenticator app', s.mfaEnrolled ? 'Set up' : 'Not set up'] as [string, string]] : []),
  ];
  const changes = rows(before, after, show);
  const summaries: Record<string, string> = {
    'portal-user.invited': `${who} invited ${person} (${text(after?.email)}) as a ${roleText(after?.role)}`,
    'portal-user.role-changed': `${who} changed ${person}’s role from ${roleText(before?.role)} to ${roleText(after?.role)}`,
    'portal-user.deactivated': `${who} deactivated ${person}`,
    'portal-user.reactivated': `${who} reactivated ${person}`,
    'portal-user.invitation-resent': `${who} sent ${person}’s invitation again`,
    'portal-user.invitation-revoked': `${who} withdrew ${person}’s invitation`,
    'portal-user.mfa-reset': `${who} reset ${person}’s authenticator app`,
    'portal-user.invitation-accepted': `${who} accepted their invitation and set a password`,
    'portal-user.mfa-enrolled': `${who} set up an authenticator app`,
    'portal-user.recovery-code-used': `${who} signed in with a recovery code`,
    'portal-user.signed-out-everywhere': `${who} signed out of every device`,
    'portal-user.password-changed': `${who} changed their password`,
    'portal-user.password-reset': `${who} set a new password from an emailed link`,
  };
  const summary = summaries[event.action];
  return summary ? { summary, changes } : null;
}

/** Anything written before its wording was added here: the record type and its fields as they are. */
function describeOther(event: Describable, who: string): AuditEventDescription {
  const show = (state: State): [string, string][] =>
    Object.entries(state).map(([key, value]) => [key, typeof value === 'object' && value !== null ? JSON.stringify(value) : text(value)]);
  return { summary: `${who} made a change to a record of type ${event.entityType} (${event.action})`, changes: rows(event.before, event.after, show) };
}

/** The sentence and before/after rows of one audit event, with names from `names`; at most MAX_AUDIT_CHANGES rows. */
export function describeAuditEvent(event: Describable, names: AuditNames): AuditEventDescription {
  const { summary, changes } = describeInFull(event, names);
  if (changes.length <= MAX_AUDIT_CHANGES) return { summary, changes };
  const shown = changes.slice(0, MAX_AUDIT_CHANGES - 1);
  return { summary, changes: [...shown, { label: 'And more', before: null, after: `${(changes.length - shown.length).toLocaleString('en-GB')} more rows` }] };
}

function describeInFull(event: Describable, names: AuditNames): AuditEventDescription {
  const who = event.actorName;
  switch (event.entityType) {
    case 'CredentialsRequiredTemplate':
      return describeTemplate(event, names, who);
    case 'JobRole':
      return describeJobRole(event, names, who);
    case 'Contact':
      return describeContact(event, who);
    case 'NotificationSetting':
      return describeNotificationSetting(event, names, who);
    case 'AutoIssueSetting':
      return describeAutoIssue(event, names, who);
    case 'SummaryDispatch':
      return describeSummarySent(event, who);
    case 'StaffMember':
      return describeStaffRecorded(event, who);
    case 'EsrUpdateBatch':
      return describeEsrBatch(event, who);
    case 'CredentialRecord':
      return describeManualIssue(event, names, who);
    case 'Organisation':
      return describeOrganisation(event, who) ?? describeOther(event, who);
    case 'PortalUser':
      return describePortalUser(event, who) ?? describeOther(event, who);
    default:
      return describeOther(event, who);
  }
}

/**
 * Describes a page of one trust's audit events, looking up every name they refer to in one statement
 * (never one per event).
 */
export async function describeAuditEvents(
  manager: EntityManager,
  organisationId: string,
  events: readonly AuditEvent[],
): Promise<AuditEventDescription[]> {
  const names = await lookUpAuditNames(manager, organisationId, referencesOf(events));
  return events.map((event) => describeAuditEvent(event, names));
}
