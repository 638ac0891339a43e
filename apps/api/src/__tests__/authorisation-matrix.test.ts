import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { OPERATOR, registerTrust, requestPasswordReset, totpCode } from '@staff-passport/core';
import {
  aJobRole,
  aStaffMember,
  aTrust,
  createTestDatabase,
  deliverPendingAccountEmails,
  idsByCode,
  type TestDatabase,
} from '@staff-passport/core/testing';
import { startTestApi, TEST_PASSWORD, TEST_TOTP_SECRET, type GraphQLResponse, type TestApi } from '../testing/test-api';

/**
 * Every query and mutation, run as every kind of caller, allowed or refused as rules 6 and 7
 * (docs/domain.md) say. A new operation without a row here fails the first test, so nobody adds one
 * without deciding who may call it. A refused mutation must leave the database exactly as it was.
 */

const CALLERS = [
  'anonymous',
  'deactivatedUser',
  'deactivatedTrustUser',
  'nationalAdmin',
  'portalAdmin',
  'seniorAdmin',
  'otherTrustPortalAdmin',
  'otherTrustSeniorAdmin',
  'clientWithWriteScope',
  'clientWithReadScope',
  'esrFeedClient',
  'clientWithoutScopes',
  'nationalClient',
] as const;
type Caller = (typeof CALLERS)[number];

interface Row {
  document: string;
  /** Builds fresh variables for one call, so a mutation allowed for one caller cannot spoil the next. */
  variables?: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  allowed: Caller[];
  /** The call ends the caller's session, so it gets a session of its own. */
  endsSession?: true;
}

/** Callers without valid credentials: nobody, a deactivated person's session, a session in a deactivated trust. */
const signedOut: Caller[] = ['anonymous', 'deactivatedUser', 'deactivatedTrustUser'];
const knownCallers = CALLERS.filter((caller) => !signedOut.includes(caller));
const portalUserCallers: Caller[] = ['nationalAdmin', 'portalAdmin', 'seniorAdmin', 'otherTrustPortalAdmin', 'otherTrustSeniorAdmin'];
const seniorAdmins: Caller[] = ['seniorAdmin', 'otherTrustSeniorAdmin'];
const trustReaders: Caller[] = ['portalAdmin', 'seniorAdmin', 'clientWithWriteScope', 'clientWithReadScope'];
const anyTrustReaders: Caller[] = [...trustReaders, 'otherTrustPortalAdmin', 'otherTrustSeniorAdmin'];
const trustWriters: Caller[] = ['seniorAdmin', 'clientWithWriteScope'];

let db: TestDatabase;
let api: TestApi;
const tokens = {} as Record<Caller, string | null>;
const portalUsers = {} as Partial<Record<Caller, { organisationId: string | null; role: 'NATIONAL_ADMINISTRATOR' | 'PORTAL_ADMINISTRATOR' | 'SENIOR_PORTAL_ADMINISTRATOR' }>>;
let trust: { id: string; odsCode: string };
let groups: Record<string, string>;
let credentials: Record<string, string>;
let categories: Record<string, string>;
let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter}`;

async function aCustomTemplate(): Promise<string> {
  const jobRoleId = await aJobRole(db.dataSource, trust.id, groups['04'], unique('Matrix role'));
  const [{ id }]: { id: string }[] = await db.dataSource.query(
    `INSERT INTO credentials_required_template (organisation_id, name, is_default, staff_group_id, job_role_id, employment_types)
     VALUES ($1, $2, false, $3, $4, ARRAY['TEMPORARY_MOVER']) RETURNING id`,
    [trust.id, unique('Matrix template'), groups['04'], jobRoleId],
  );
  await db.dataSource.query(
    `INSERT INTO template_scope (template_id, employment_type, organisation_id, staff_group_id, job_role_id)
     VALUES ($1, 'TEMPORARY_MOVER', $2, $3, $4)`,
    [id, trust.id, groups['04'], jobRoleId],
  );
  await db.dataSource.query('INSERT INTO template_credential VALUES ($1, $2)', [id, credentials.IDENTITY]);
  return id;
}

/** A stored ESR batch of the trust, as the ESR feed leaves it. */
async function anEsrBatch(): Promise<string> {
  const person = await aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['03'] });
  const response = await api.request<{ recordEsrCredentialUpdates: { id: string } }>(
    `mutation ($n: String!) { recordEsrCredentialUpdates(input: { updates: [{ esrAssignmentNumber: $n, credentialCode: "DBS", version: 1 }] }) { id } }`,
    { n: person.esrAssignmentNumber },
    tokens.esrFeedClient,
  );
  return response.data!.recordEsrCredentialUpdates.id;
}

/** A person of the trust, for the user-management rows. */
async function aTrustUser(status: 'ACTIVE' | 'INVITED' | 'DEACTIVATED', options: { totp?: boolean; password?: boolean } = {}): Promise<string> {
  const [{ id }]: { id: string }[] = await db.dataSource.query(
    `INSERT INTO portal_user (organisation_id, username, email, display_name, password_hash, role, status, totp_secret_encrypted, totp_enrolled_at)
     SELECT $1, $2, $2, 'Matrix Person', CASE WHEN $4 THEN password_hash END, 'PORTAL_ADMINISTRATOR', $3, CASE WHEN $5 THEN totp_secret_encrypted END,
            CASE WHEN $5 THEN now() END
       FROM portal_user WHERE totp_secret_encrypted IS NOT NULL LIMIT 1
     RETURNING id`,
    [trust.id, `${unique('matrix').replace(' ', '.')}@matrix.nhs.uk`, status, options.password ?? status !== 'INVITED', options.totp ?? false],
  );
  if (status === 'INVITED') await db.dataSource.query('INSERT INTO portal_user_invitation (portal_user_id, organisation_id, invited_by) VALUES ($1, $2, $3)', [id, trust.id, 'Matrix']);
  return id;
}

/** A person of the trust half-way through signing in: the challenge of their correct password. */
async function aChallenge(enrolled: boolean): Promise<string> {
  const [{ username }]: { username: string }[] = await db.dataSource.query('SELECT username FROM portal_user WHERE id = $1', [
    await aTrustUser('ACTIVE', { totp: enrolled }),
  ]);
  await db.dataSource.query(`UPDATE portal_user SET role = 'SENIOR_PORTAL_ADMINISTRATOR' WHERE username = $1`, [username]);
  const response = await api.request<{ signIn: { challengeToken: string } }>(
    'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { challengeToken } }',
    { u: username, p: TEST_PASSWORD },
  );
  return response.data!.signIn.challengeToken;
}

/** A link's token as its email carried it. */
async function aLinkFor(kind: 'invitation' | 'reset'): Promise<string> {
  const id = await aTrustUser(kind === 'invitation' ? 'INVITED' : 'ACTIVE');
  const [{ email: address }]: { email: string }[] = await db.dataSource.query('SELECT email FROM portal_user WHERE id = $1', [id]);
  if (kind === 'invitation') {
    await db.dataSource.query(
      `INSERT INTO account_email_dispatch (kind, organisation_id, portal_user_id, invitation_id, recipient, message_id)
       SELECT 'INVITATION', i.organisation_id, i.portal_user_id, i.id, $2, '<matrix.' || i.id || '@test>' FROM portal_user_invitation i WHERE i.portal_user_id = $1`,
      [id, address],
    );
  } else {
    await requestPasswordReset(db.commands, address);
  }
  const delivered = await deliverPendingAccountEmails(db.dataSource);
  return delivered.find((email) => email.to === address && email.link)!.link!.token;
}

const trustInput = () => {
  const ods = `Z${String(++counter).padStart(3, '0')}`;
  return {
    odsCode: ods,
    name: `${ods} Matrix NHS Trust`,
    contacts: ['PRIMARY_CONTACT', 'HR_SUPPORT', 'MEDICAL_HR_SUPPORT', 'INFORMATION_GOVERNANCE', 'DATA_PROTECTION_OFFICER', 'HR_TEAM', 'OCCUPATIONAL_HEALTH_TEAM', 'EDUCATION_AND_TRAINING_TEAM'].map(
      (role) => ({ role, name: 'Matrix Contact', email: `${role.toLowerCase()}@${ods.toLowerCase()}.nhs.uk`, phone: '01632 960 100' }),
    ),
    firstSeniorAdministrator: { name: 'Matrix First', email: `first@${ods.toLowerCase()}.nhs.uk` },
  };
};

/** A trust of its own for each national row, so deactivating one spoils nothing else. */
async function aTrustToManage(status: 'ACTIVE' | 'DEACTIVATED' = 'ACTIVE'): Promise<string> {
  const registered = await registerTrust(db.commands, OPERATOR, trustInput() as Parameters<typeof registerTrust>[2]);
  if (status === 'DEACTIVATED') await db.dataSource.query(`UPDATE organisation SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = $1`, [registered.id]);
  return registered.id;
}

const ROWS: Record<string, Row> = {
  'Query.me': { document: '{ me { id displayName canChangeSettings } }', allowed: knownCallers },
  'Query.organisation': { document: '{ organisation { odsCode contacts { id } notificationSettings { team } } }', allowed: anyTrustReaders },
  'Query.credentialCatalogue': { document: '{ credentialCatalogue { code autoIssue credentials { code autoIssue } } }', allowed: knownCallers },
  'Query.staffGroups': { document: '{ staffGroups { code jobRoles { name } defaultTemplate { name } } }', allowed: knownCallers },
  'Query.nameRule': { document: '{ nameRule { hint maxLength } }', allowed: knownCallers },
  'Query.credentialsRequiredTemplates': {
    document: '{ credentialsRequiredTemplates { nodes { name isDefault inEffect } pageInfo { totalCount } } }',
    allowed: knownCallers,
  },
  'Query.credentialsRequiredTemplate': {
    document: 'query ($id: ID!) { credentialsRequiredTemplate(id: $id) { name } }',
    variables: async () => ({ id: await aCustomTemplate() }),
    allowed: trustReaders,
  },
  'Query.effectiveTemplate': {
    document: 'query ($g: ID!, $r: ID) { effectiveTemplate(staffGroupId: $g, employmentType: PERMANENT_OR_FIXED_TERM, jobRoleId: $r) { matchedBy } }',
    variables: async () => ({ g: groups['03'], r: await aJobRole(db.dataSource, trust.id, groups['03'], unique('Effective role')) }),
    allowed: trustReaders,
  },
  'Query.templateReachPreview': {
    document: `query ($g: ID!, $r: ID!, $c: ID!) { templateReachPreview(input: { name: "Preview", staffGroupId: $g, jobRoleId: $r,
      employmentTypes: [PERMANENT_OR_FIXED_TERM], credentialIds: [$c] }) { staffMemberCount } }`,
    variables: async () => ({ g: groups['03'], r: await aJobRole(db.dataSource, trust.id, groups['03'], unique('Preview role')), c: credentials.IDENTITY }),
    allowed: trustReaders,
  },
  'Query.staffMembers': { document: '{ staffMembers { nodes { name } pageInfo { totalCount } } }', allowed: anyTrustReaders },
  'Query.outstandingActions': { document: '{ outstandingActions { team total } }', allowed: anyTrustReaders },
  'Query.esrUpdateBatch': {
    document: 'query ($id: ID!) { esrUpdateBatch(id: $id) { status } }',
    variables: async () => ({ id: await anEsrBatch() }),
    allowed: [...trustReaders, 'esrFeedClient'],
  },
  'Query.templateResolutionStatus': { document: '{ templateResolutionStatus { __typename } }', allowed: anyTrustReaders },
  'Query.summaryDispatches': {
    document: '{ summaryDispatches { nodes { id } } }',
    allowed: ['portalAdmin', 'seniorAdmin', 'otherTrustPortalAdmin', 'otherTrustSeniorAdmin'],
  },
  'Query.auditEvents': {
    document: '{ auditEvents { nodes { action trust { odsCode } } } }',
    allowed: ['nationalAdmin', 'portalAdmin', 'seniorAdmin', 'otherTrustPortalAdmin', 'otherTrustSeniorAdmin'],
  },
  'Query.portalUsers': { document: '{ portalUsers { nodes { id status invitation { expired } } pageInfo { totalCount } } }', allowed: seniorAdmins },
  'Query.portalUser': {
    document: 'query ($id: ID!) { portalUser(id: $id) { id status } }',
    variables: async () => ({ id: await aTrustUser('ACTIVE') }),
    allowed: ['seniorAdmin'],
  },
  'Query.invitation': {
    document: 'query ($t: String!) { invitation(token: $t) { email role } }',
    variables: async () => ({ t: await aLinkFor('invitation') }),
    allowed: CALLERS.slice(),
  },
  'Query.passwordResetLink': {
    document: 'query ($t: String!) { passwordResetLink(token: $t) { expiresAt } }',
    variables: async () => ({ t: await aLinkFor('reset') }),
    allowed: CALLERS.slice(),
  },
  'Query.trusts': { document: '{ trusts { nodes { odsCode status } pageInfo { totalCount } } }', allowed: ['nationalAdmin'] },

  'Mutation.signIn': {
    document: 'mutation { signIn(username: "matrix.user", password: "Test-password-1") { token } }',
    allowed: CALLERS.slice(),
  },
  'Mutation.signOut': { document: 'mutation { signOut }', allowed: knownCallers, endsSession: true },
  'Mutation.completeSignIn': {
    document: 'mutation ($c: String!, $code: String!) { completeSignIn(challengeToken: $c, code: $code) { status } }',
    variables: async () => ({ c: await aChallenge(true), code: totpCode(TEST_TOTP_SECRET) }),
    allowed: CALLERS.slice(),
  },
  'Mutation.startMfaEnrolment': {
    document: 'mutation ($c: String!) { startMfaEnrolment(challengeToken: $c) { secret } }',
    variables: async () => ({ c: await aChallenge(false) }),
    allowed: CALLERS.slice(),
  },
  'Mutation.confirmMfaEnrolment': {
    document: 'mutation ($c: String!, $code: String!) { confirmMfaEnrolment(challengeToken: $c, code: $code) { recoveryCodes } }',
    variables: async () => {
      const c = await aChallenge(false);
      const started = await api.request<{ startMfaEnrolment: { secret: string } }>('mutation ($c: String!) { startMfaEnrolment(challengeToken: $c) { secret } }', { c });
      return { c, code: totpCode(started.data!.startMfaEnrolment.secret) };
    },
    allowed: CALLERS.slice(),
  },
  'Mutation.signOutEverywhere': { document: 'mutation { signOutEverywhere }', allowed: portalUserCallers, endsSession: true },
  'Mutation.changePassword': {
    document: 'mutation ($p: String!, $n: String!) { changePassword(currentPassword: $p, newPassword: $n) }',
    variables: () => ({ p: TEST_PASSWORD, n: `matrix lantern harbour ${++counter}` }),
    allowed: portalUserCallers,
    endsSession: true,
  },
  'Mutation.requestPasswordReset': { document: 'mutation { requestPasswordReset(email: "nobody@matrix.nhs.uk") }', allowed: CALLERS.slice() },
  'Mutation.resetPassword': {
    document: 'mutation ($t: String!) { resetPassword(token: $t, newPassword: "matrix reset lantern harbour") }',
    variables: async () => ({ t: await aLinkFor('reset') }),
    allowed: CALLERS.slice(),
  },
  'Mutation.acceptInvitation': {
    document: 'mutation ($t: String!) { acceptInvitation(token: $t, password: "matrix accept lantern harbour") { status } }',
    variables: async () => ({ t: await aLinkFor('invitation') }),
    allowed: CALLERS.slice(),
  },
  'Mutation.invitePortalUser': {
    document: 'mutation ($e: String!) { invitePortalUser(input: { displayName: "Matrix Invitee", email: $e, role: PORTAL_ADMINISTRATOR }) { id } }',
    variables: () => ({ e: `invitee.${++counter}@matrix.nhs.uk` }),
    allowed: seniorAdmins,
  },
  'Mutation.resendInvitation': {
    document: 'mutation ($id: ID!) { resendInvitation(portalUserId: $id) { id } }',
    variables: async () => ({ id: await aTrustUser('INVITED') }),
    allowed: ['seniorAdmin'],
  },
  'Mutation.revokeInvitation': {
    document: 'mutation ($id: ID!) { revokeInvitation(portalUserId: $id) { status } }',
    variables: async () => ({ id: await aTrustUser('INVITED') }),
    allowed: ['seniorAdmin'],
  },
  'Mutation.changePortalUserRole': {
    document: 'mutation ($id: ID!) { changePortalUserRole(portalUserId: $id, role: SENIOR_PORTAL_ADMINISTRATOR) { role } }',
    variables: async () => ({ id: await aTrustUser('ACTIVE') }),
    allowed: ['seniorAdmin'],
  },
  'Mutation.deactivatePortalUser': {
    document: 'mutation ($id: ID!) { deactivatePortalUser(portalUserId: $id) { status } }',
    variables: async () => ({ id: await aTrustUser('ACTIVE') }),
    allowed: ['seniorAdmin'],
  },
  'Mutation.reactivatePortalUser': {
    document: 'mutation ($id: ID!) { reactivatePortalUser(portalUserId: $id) { status } }',
    variables: async () => ({ id: await aTrustUser('DEACTIVATED') }),
    allowed: ['seniorAdmin'],
  },
  'Mutation.resetPortalUserMfa': {
    document: 'mutation ($id: ID!) { resetPortalUserMfa(portalUserId: $id) { mfaEnrolled } }',
    variables: async () => ({ id: await aTrustUser('ACTIVE', { totp: true }) }),
    allowed: ['seniorAdmin'],
  },
  'Mutation.setPortalAdministratorMfaRequired': {
    document: 'mutation { setPortalAdministratorMfaRequired(required: false) { portalAdministratorMfaRequired } }',
    allowed: seniorAdmins,
  },
  'Mutation.registerTrust': {
    document: 'mutation ($input: RegisterTrustInput!) { registerTrust(input: $input) { id } }',
    variables: () => ({ input: trustInput() }),
    allowed: ['nationalAdmin'],
  },
  'Mutation.deactivateTrust': {
    document: 'mutation ($id: ID!) { deactivateTrust(id: $id) { status } }',
    variables: async () => ({ id: await aTrustToManage() }),
    allowed: ['nationalAdmin'],
  },
  'Mutation.reactivateTrust': {
    document: 'mutation ($id: ID!) { reactivateTrust(id: $id) { status } }',
    variables: async () => ({ id: await aTrustToManage('DEACTIVATED') }),
    allowed: ['nationalAdmin'],
  },
  'Mutation.resendTrustInvitation': {
    document: 'mutation ($id: ID!) { resendTrustInvitation(id: $id) { id } }',
    variables: async () => ({ id: await aTrustToManage() }),
    allowed: ['nationalAdmin'],
  },
  'Mutation.updateOrganisationContact': {
    document: 'mutation ($id: ID!) { updateOrganisationContact(input: { contactId: $id, name: "Matrix Person", email: "matrix@test.nhs.uk", phone: "0113 496 0000" }) { id } }',
    variables: async () => {
      const [{ id }]: { id: string }[] = await db.dataSource.query(
        `SELECT id FROM contact WHERE organisation_id = $1 AND role = 'PRIMARY_CONTACT'`,
        [trust.id],
      );
      return { id };
    },
    allowed: trustWriters,
  },
  'Mutation.updateNotificationSetting': {
    document: 'mutation { updateNotificationSetting(input: { team: HR, enabled: true }) { team enabled } }',
    allowed: [...trustWriters, 'otherTrustSeniorAdmin'],
  },
  'Mutation.setAutoIssue': {
    document: 'mutation ($c: ID!, $k: ID!) { setAutoIssue(input: { changes: [{ credentialIds: [$c], enabled: true }, { categoryIds: [$k], enabled: false }] }) { changedCount } }',
    variables: () => ({ c: credentials.DBS, k: categories.HEALTH_VACCINATIONS_TESTING }),
    allowed: [...trustWriters, 'otherTrustSeniorAdmin'],
  },
  'Mutation.createCredentialsRequiredTemplate': {
    document: `mutation ($name: String!, $g: ID!, $r: ID!, $c: ID!) {
      createCredentialsRequiredTemplate(input: { name: $name, staffGroupId: $g, jobRoleId: $r, employmentTypes: [PERMANENT_OR_FIXED_TERM], credentialIds: [$c] }) { id } }`,
    variables: async () => ({
      name: unique('Created template'),
      g: groups['05'],
      r: await aJobRole(db.dataSource, trust.id, groups['05'], unique('Create role')),
      c: credentials.IDENTITY,
    }),
    allowed: trustWriters,
  },
  'Mutation.updateCredentialsRequiredTemplate': {
    document: `mutation ($id: ID!, $name: String!, $g: ID!, $c: ID!) {
      updateCredentialsRequiredTemplate(input: { id: $id, name: $name, staffGroupId: $g, employmentTypes: [TEMPORARY_MOVER], credentialIds: [$c] }) { id } }`,
    variables: async () => {
      const id = await aCustomTemplate();
      // each allowed call takes the staff group's no-job-role slot, so free it first
      await db.dataSource.query(
        `DELETE FROM credentials_required_template WHERE organisation_id = $1 AND staff_group_id = $2 AND job_role_id IS NULL`,
        [trust.id, groups['07']],
      );
      return { id, name: unique('Updated template'), g: groups['07'], c: credentials.DBS };
    },
    allowed: trustWriters,
  },
  'Mutation.deleteCredentialsRequiredTemplate': {
    document: 'mutation ($id: ID!) { deleteCredentialsRequiredTemplate(id: $id) { deletedId } }',
    variables: async () => ({ id: await aCustomTemplate() }),
    allowed: trustWriters,
  },
  'Mutation.createJobRole': {
    document: 'mutation ($g: ID!, $name: String!) { createJobRole(input: { staffGroupId: $g, name: $name }) { id } }',
    variables: () => ({ g: groups['09'], name: unique('New role') }),
    allowed: [...trustWriters, 'otherTrustSeniorAdmin'],
  },
  'Mutation.updateJobRole': {
    document: 'mutation ($id: ID!, $name: String!) { updateJobRole(input: { id: $id, name: $name }) { id } }',
    variables: async () => ({ id: await aJobRole(db.dataSource, trust.id, groups['09'], unique('Old name')), name: unique('Renamed role') }),
    allowed: trustWriters,
  },
  'Mutation.deleteJobRole': {
    document: 'mutation ($id: ID!) { deleteJobRole(id: $id) { deletedId } }',
    variables: async () => ({ id: await aJobRole(db.dataSource, trust.id, groups['09'], unique('Doomed role')) }),
    allowed: trustWriters,
  },
  'Mutation.issueCredentialManually': {
    document: 'mutation ($id: ID!) { issueCredentialManually(credentialRecordId: $id) { status } }',
    variables: async () => {
      const person = await aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['03'] });
      const [{ id }]: { id: string }[] = await db.dataSource.query(
        `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version)
         VALUES ($1, $2, $3, 'AWAITING_MANUAL_ISSUE', 1) RETURNING id`,
        [trust.id, person.id, credentials.DBS],
      );
      return { id };
    },
    allowed: trustWriters,
  },
  'Mutation.sendSummaryNow': {
    document: 'mutation { sendSummaryNow(team: HR) { id } }',
    allowed: ['seniorAdmin', 'otherTrustSeniorAdmin'],
  },
  'Mutation.recordEsrStaffMembers': {
    document: `mutation ($n: String!) { recordEsrStaffMembers(staffMembers: [{ esrAssignmentNumber: $n, name: "Matrix Person",
      staffGroupCode: "03", employmentType: PERMANENT_OR_FIXED_TERM, employmentStatus: NEW_STARTER, startDate: "2026-12-01" }]) { created updated } }`,
    variables: () => ({ n: String(40000000 + ++counter) }),
    allowed: ['esrFeedClient'],
  },
  'Mutation.recordEsrCredentialUpdates': {
    document: `mutation ($n: String!) { recordEsrCredentialUpdates(input: { updates: [{ esrAssignmentNumber: $n, credentialCode: "FIRE_SAFETY", version: 1 }] }) { received } }`,
    variables: async () => ({ n: (await aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['03'] })).esrAssignmentNumber }),
    allowed: ['esrFeedClient'],
  },
};

/** Everything in the database, as one value: a refused call must leave it as it was. */
let fingerprintSql: string;
async function fingerprint(): Promise<string> {
  if (!fingerprintSql) {
    const tables: { tablename: string }[] = await db.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`);
    fingerprintSql = tables
      .map(({ tablename }) => `SELECT '${tablename}' AS t, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${tablename}" x`)
      .join(' UNION ALL ');
  }
  const rows: { t: string; h: string }[] = await db.dataSource.query(fingerprintSql);
  return rows.map((row) => `${row.t}:${row.h}`).sort().join('\n');
}

/** Refused: an auth error, an id answered as unknown, or no data. Allowed: data and no error. */
function outcome(response: GraphQLResponse, field: string): 'allowed' | 'refused' {
  const codes = (response.errors ?? []).map((error) => error.extensions?.code);
  const unexpected = codes.filter((code) => !['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(code ?? ''));
  if (unexpected.length) throw new Error(`Unexpected errors: ${JSON.stringify(response.errors)}`);
  if (codes.includes('BAD_USER_INPUT')) {
    const notOurs = (response.errors ?? []).every((error) => /your organisation|No trust with that id/.test(error.message));
    if (!notOurs) throw new Error(`Unexpected input error: ${JSON.stringify(response.errors)}`);
    return 'refused';
  }
  if (codes.length) return 'refused';
  return response.data?.[field] === null || response.data?.[field] === undefined ? 'refused' : 'allowed';
}

beforeAll(async () => {
  db = await createTestDatabase('matrix');
  api = await startTestApi(db);
  trust = await aTrust(db.dataSource);
  const otherTrust = await aTrust(db.dataSource);
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
  categories = await idsByCode(db.dataSource, 'credential_category');
  tokens.anonymous = null;
  portalUsers.nationalAdmin = { organisationId: null, role: 'NATIONAL_ADMINISTRATOR' };
  portalUsers.portalAdmin = { organisationId: trust.id, role: 'PORTAL_ADMINISTRATOR' };
  portalUsers.seniorAdmin = { organisationId: trust.id, role: 'SENIOR_PORTAL_ADMINISTRATOR' };
  portalUsers.otherTrustPortalAdmin = { organisationId: otherTrust.id, role: 'PORTAL_ADMINISTRATOR' };
  portalUsers.otherTrustSeniorAdmin = { organisationId: otherTrust.id, role: 'SENIOR_PORTAL_ADMINISTRATOR' };
  for (const [caller, user] of Object.entries(portalUsers)) {
    tokens[caller as Caller] = await api.signedInUser(user.organisationId, user.role);
  }
  tokens.clientWithWriteScope = await api.apiKey(trust.odsCode, ['settings:write']);
  tokens.clientWithReadScope = await api.apiKey(trust.odsCode, ['settings:read']);
  tokens.esrFeedClient = await api.apiKey(trust.odsCode, ['esr:write']);
  tokens.clientWithoutScopes = await api.apiKey(trust.odsCode, []);
  tokens.nationalClient = await api.apiKey(null, ['settings:read', 'settings:write']);
  // a Portal Administrator of a trust that asks for no second factor: signIn answers a session
  await db.dataSource.query(
    `INSERT INTO portal_user (organisation_id, username, display_name, password_hash, role)
     SELECT organisation_id, 'matrix.user', 'Matrix', password_hash, 'PORTAL_ADMINISTRATOR' FROM portal_user WHERE organisation_id = $1 LIMIT 1`,
    [trust.id],
  );
  // valid credentials once, no longer: a deactivated person, and a person of a deactivated trust
  const deactivated = await api.aPortalUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
  await db.dataSource.query(`UPDATE portal_user SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = $1`, [deactivated.id]);
  tokens.deactivatedUser = deactivated.token;
  const closedTrust = await aTrust(db.dataSource);
  tokens.deactivatedTrustUser = await api.signedInUser(closedTrust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
  await db.dataSource.query(`UPDATE organisation SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = $1`, [closedTrust.id]);
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

it('has a row for every query and mutation in the schema, and none for operations that do not exist', () => {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../../schema.graphql'), 'utf8'));
  const operations = [
    ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `Query.${name}`),
    ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `Mutation.${name}`),
  ].sort();
  expect(Object.keys(ROWS).sort()).toEqual(operations);
});

describe.each(Object.entries(ROWS))('%s', (operation, row) => {
  const field = operation.split('.')[1];
  it.each(CALLERS.map((caller) => [caller, row.allowed.includes(caller) ? 'allowed' : 'refused'] as const))(
    'as %s: %s',
    async (caller, expected) => {
      const variables = row.variables ? await row.variables() : undefined;
      const user = portalUsers[caller];
      const token = row.endsSession && user ? await api.signedInUser(user.organisationId, user.role) : tokens[caller];
      const before = operation.startsWith('Mutation.') && expected === 'refused' ? await fingerprint() : null;
      const response = await api.request(row.document, variables, token);
      expect(outcome(response, field)).toBe(expected);
      if (signedOut.includes(caller) && response.errors) expect(response.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      if (before !== null) expect(await fingerprint()).toBe(before);
    },
  );
});

it('never shows a caller from another trust this trust’s data', async () => {
  const response = await api.request<{ organisation: { odsCode: string } }>('{ organisation { odsCode } }', undefined, tokens.otherTrustSeniorAdmin);
  expect(response.data?.organisation.odsCode).not.toBe(trust.odsCode);
  const staff = await api.request<{ staffMembers: { pageInfo: { totalCount: number } } }>(
    '{ staffMembers { pageInfo { totalCount } } }',
    undefined,
    tokens.otherTrustPortalAdmin,
  );
  expect(staff.data?.staffMembers.pageInfo.totalCount).toBe(0);
});
