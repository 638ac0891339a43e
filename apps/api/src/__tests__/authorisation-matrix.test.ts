import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { aJobRole, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { startTestApi, type GraphQLResponse, type TestApi } from '../testing/test-api';

/**
 * Every query and mutation, run as every kind of caller, allowed or refused as rule 6 (docs/domain.md) says. A new
 * operation without a row here fails the first test, so nobody adds one without deciding who may
 * call it.
 */

const CALLERS = [
  'anonymous',
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

const knownCallers = CALLERS.filter((caller) => caller !== 'anonymous');
const trustReaders: Caller[] = ['portalAdmin', 'seniorAdmin', 'clientWithWriteScope', 'clientWithReadScope'];
const anyTrustReaders: Caller[] = [...trustReaders, 'otherTrustPortalAdmin', 'otherTrustSeniorAdmin'];
const trustWriters: Caller[] = ['seniorAdmin', 'clientWithWriteScope'];

let db: TestDatabase;
let api: TestApi;
const tokens = {} as Record<Caller, string | null>;
const portalUsers = {} as Partial<Record<Caller, { organisationId: string; role: 'PORTAL_ADMINISTRATOR' | 'SENIOR_PORTAL_ADMINISTRATOR' }>>;
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
    document: '{ auditEvents { nodes { action } } }',
    allowed: ['portalAdmin', 'seniorAdmin', 'otherTrustPortalAdmin', 'otherTrustSeniorAdmin'],
  },

  'Mutation.signIn': {
    document: 'mutation { signIn(username: "matrix.user", password: "Test-password-1") { token } }',
    allowed: CALLERS.slice(),
  },
  'Mutation.signOut': { document: 'mutation { signOut }', allowed: knownCallers, endsSession: true },
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

/** Refused: an auth error, an id answered as unknown, or no data. Allowed: data and no error. */
function outcome(response: GraphQLResponse, field: string): 'allowed' | 'refused' {
  const codes = (response.errors ?? []).map((error) => error.extensions?.code);
  const unexpected = codes.filter((code) => !['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(code ?? ''));
  if (unexpected.length) throw new Error(`Unexpected errors: ${JSON.stringify(response.errors)}`);
  if (codes.includes('BAD_USER_INPUT')) {
    const notOurs = (response.errors ?? []).every((error) => /your organisation/.test(error.message));
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
  await db.dataSource.query(
    `INSERT INTO portal_user (organisation_id, username, display_name, password_hash, role)
     SELECT organisation_id, 'matrix.user', 'Matrix', password_hash, role FROM portal_user LIMIT 1`,
  );
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
      const response = await api.request(row.document, variables, token);
      expect(outcome(response, field)).toBe(expected);
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
