import { aJobRole, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { applyEsrUpdateBatch, hashSecret } from '@staff-passport/core';
import { startTestApi, type TestApi } from '../testing/test-api';

let db: TestDatabase;
let api: TestApi;
let trust: { id: string; odsCode: string };
let senior: string;
let groups: Record<string, string>;
let credentials: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('api');
  api = await startTestApi(db);
  trust = await aTrust(db.dataSource);
  senior = await api.signedInUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

const CREATE_TEMPLATE = `mutation ($input: CreateCredentialsRequiredTemplateInput!) {
  createCredentialsRequiredTemplate(input: $input) { id name } }`;

async function auditCount(): Promise<number> {
  const [{ count }]: { count: string }[] = await db.dataSource.query('SELECT count(*) FROM audit_event WHERE organisation_id = $1', [trust.id]);
  return Number(count);
}

describe('field errors', () => {
  it('refuses a template name with an underscore, naming it, and changes nothing', async () => {
    const before = await auditCount();
    const response = await api.request(
      CREATE_TEMPLATE,
      { input: { name: 'Bank_staff', staffGroupId: groups['08'], employmentTypes: ['PERMANENT_OR_FIXED_TERM'], credentialIds: [credentials.IDENTITY] } },
      senior,
    );
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('must not include an underscore (_)'),
        extensions: { code: 'BAD_USER_INPUT', field: 'name' },
      }),
    ]);
    const [{ count }]: { count: string }[] = await db.dataSource.query(
      'SELECT count(*) FROM credentials_required_template WHERE organisation_id = $1',
      [trust.id],
    );
    expect(Number(count)).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it.each([
    ['an empty contact name', 'name', { name: ' ' }, 'Enter a full name'],
    ['a malformed email', 'email', { email: 'not-an-email' }, 'Enter an email address in the correct format, like name@example.nhs.uk'],
    ['a malformed phone number', 'phone', { phone: '12ab' }, 'Enter a telephone number'],
  ])('refuses %s on a contact', async (_, field, wrong, message) => {
    const details = { name: 'A Person', email: 'a@b.nhs.uk', phone: '0113 496 0000', ...wrong };
    const [{ id }]: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM contact WHERE organisation_id = $1 AND role = 'PRIMARY_CONTACT'`,
      [trust.id],
    );
    const response = await api.request(
      'mutation ($input: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $input) { id } }',
      { input: { contactId: id, ...details } },
      senior,
    );
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field }, message: expect.stringContaining(message) });
  });

  it('reports every field error of a form together, one GraphQL error per field', async () => {
    const [{ id }]: { id: string }[] = await db.dataSource.query(`SELECT id FROM contact WHERE organisation_id = $1 AND role = 'PRIMARY_CONTACT'`, [trust.id]);
    const before = await auditCount();
    const response = await api.request(
      'mutation ($input: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $input) { id } }',
      { input: { contactId: id, name: '', email: 'bad', phone: 'zzz' } },
      senior,
    );
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => [error.extensions?.field, error.extensions?.code, error.message])).toEqual([
      ['name', 'BAD_USER_INPUT', 'Enter a full name'],
      ['email', 'BAD_USER_INPUT', 'Enter an email address in the correct format, like name@example.nhs.uk'],
      ['phone', 'BAD_USER_INPUT', 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192'],
    ]);
    const template = await api.request(
      CREATE_TEMPLATE,
      { input: { name: 'Bank_staff', staffGroupId: 'nope', employmentTypes: [], credentialIds: [] } },
      senior,
    );
    expect(template.errors?.map((error) => error.extensions?.field)).toEqual(['name', 'staffGroupId', 'employmentTypes', 'credentialIds']);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a malformed team email address', async () => {
    const response = await api.request(
      'mutation { updateNotificationSetting(input: { team: OCCUPATIONAL_HEALTH, email: "oh@@trust" }) { email } }',
      undefined,
      senior,
    );
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'email' } });
  });

  it('refuses a duplicate job role, ignoring case', async () => {
    await aJobRole(db.dataSource, trust.id, groups['03'], 'Staff Nurse');
    const response = await api.request(
      'mutation ($g: ID!) { createJobRole(input: { staffGroupId: $g, name: "staff nurse" }) { id } }',
      { g: groups['03'] },
      senior,
    );
    expect(response.errors?.[0]).toMatchObject({
      message: 'A job role called ‘Staff Nurse’ already exists in Nursing and Midwifery Registered',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
  });

  it('refuses to delete a job role that a template uses, naming the template', async () => {
    const roleId = await aJobRole(db.dataSource, trust.id, groups['04'], 'Podiatrist');
    const created = await api.request<{ createCredentialsRequiredTemplate: { id: string } }>(
      CREATE_TEMPLATE,
      { input: { name: 'Podiatry', staffGroupId: groups['04'], jobRoleId: roleId, employmentTypes: ['TEMPORARY_MOVER'], credentialIds: [credentials.DBS] } },
      senior,
    );
    expect(created.errors).toBeUndefined();
    const response = await api.request('mutation ($id: ID!) { deleteJobRole(id: $id) { deletedId } }', { id: roleId }, senior);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('because the template ‘Podiatry’ uses it'),
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });

  it('refuses to delete a default template', async () => {
    const defaults = await api.request<{ staffGroups: { defaultTemplate: { id: string } }[] }>(
      '{ staffGroups { defaultTemplate { id } } }',
      undefined,
      senior,
    );
    const response = await api.request(
      'mutation ($id: ID!) { deleteCredentialsRequiredTemplate(id: $id) { deletedId } }',
      { id: defaults.data!.staffGroups[0].defaultTemplate.id },
      senior,
    );
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });

  it('answers unknown and malformed ids with a field error', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await api.request('mutation ($id: ID!) { deleteJobRole(id: $id) { deletedId } }', { id }, senior);
      expect(response.errors?.[0]).toMatchObject({
        message: 'No job role with that id in your organisation',
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      });
    }
  });
});

describe('sign-in', () => {
  const SIGN_IN = 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token viewer { role } } }';

  it('locks an account after ten failures, with a clear message, even for the right password, and ends its sessions', async () => {
    const { username, token } = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    const answers: { code?: string; message: string }[] = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const response = await api.request(SIGN_IN, { u: username, p: 'wrong password' });
      answers.push({ code: response.errors![0].extensions?.code, message: response.errors![0].message });
    }
    // no countdown: it would tell which usernames exist
    expect(answers).toEqual(Array(10).fill({ code: 'UNAUTHENTICATED', message: 'The username or password is not correct' }));
    const locked = await api.request(SIGN_IN, { u: username, p: 'Test-password-1' });
    expect(locked.errors?.[0]).toMatchObject({ message: 'Too many attempts. Try again in 15 minutes', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    expect((await api.request('{ me { id } }', undefined, token)).data?.me).toBeNull();
  });

  it('says the same for an unknown username as for a wrong password', async () => {
    const response = await api.request(SIGN_IN, { u: 'nobody.here', p: 'whatever' });
    expect(response.errors?.[0]).toMatchObject({ message: 'The username or password is not correct', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('ends the session on sign-out, so the token no longer works', async () => {
    const token = await api.signedInUser(trust.id, 'PORTAL_ADMINISTRATOR');
    expect((await api.request('{ me { id } }', undefined, token)).data?.me).not.toBeNull();
    expect((await api.request('mutation { signOut }', undefined, token)).data?.signOut).toBe(true);
    expect((await api.request('{ me { id } }', undefined, token)).data?.me).toBeNull();
    expect((await api.request('{ organisation { id } }', undefined, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('treats an expired session as signed out', async () => {
    const token = await api.signedInUser(trust.id, 'PORTAL_ADMINISTRATOR');
    await db.dataSource.query(
      `UPDATE portal_session SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
      [hashSecret(token)],
    );
    expect((await api.request('{ organisation { id } }', undefined, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong API key secret', async () => {
    const key = await api.apiKey(trust.odsCode, ['settings:read']);
    const forged = key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await api.request('{ organisation { id } }', undefined, forged)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.request('{ organisation { odsCode } }', undefined, key)).data).toEqual({ organisation: { odsCode: trust.odsCode } });
  });
});

describe('audit trail', () => {
  it('records who changed what, readable page by page by the trust’s administrators', async () => {
    await api.request('mutation { updateNotificationSetting(input: { team: HR, email: "people@trust.nhs.uk" }) { email } }', undefined, senior);
    const page = await api.request<{ auditEvents: { nodes: { action: string; actorName: string; before: unknown; after: unknown }[]; pageInfo: { totalCount: number; hasNextPage: boolean } } }>(
      '{ auditEvents(page: { limit: 1 }) { nodes { action actorName before after } pageInfo { totalCount hasNextPage } } }',
      undefined,
      senior,
    );
    expect(page.data!.auditEvents.nodes[0]).toMatchObject({
      action: 'notification-setting.updated',
      actorName: 'Test SENIOR_PORTAL_ADMINISTRATOR',
      after: { email: 'people@trust.nhs.uk', enabled: true },
    });
    expect(page.data!.auditEvents.pageInfo.totalCount).toBeGreaterThan(1);
    expect(page.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
  });

  it('records each ESR credential batch received, with the lines it left out, and what applying it changed', async () => {
    const person = await aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['03'] });
    const feed = await api.apiKey(trust.odsCode, ['esr:write']);
    const sent = await api.request<{ recordEsrCredentialUpdates: { id: string; received: number; rejected: number; stored: number; rejections: unknown[] } }>(
      `mutation ($n: String!) { recordEsrCredentialUpdates(input: { updates: [
         { esrAssignmentNumber: $n, credentialCode: "DBS", version: 1 },
         { esrAssignmentNumber: "70000000", credentialCode: "DBS", version: 1 }
       ] }) { id received rejected stored rejections { index esrAssignmentNumber field reason } } }`,
      { n: person.esrAssignmentNumber },
      feed,
    );
    const rejection = { index: 1, esrAssignmentNumber: '70000000', field: 'esrAssignmentNumber', reason: 'No staff member with ESR assignment number ‘70000000’ in your organisation' };
    const batch = sent.data!.recordEsrCredentialUpdates;
    expect(batch).toMatchObject({ received: 2, rejected: 1, stored: 1, rejections: [rejection] });
    await applyEsrUpdateBatch(db.dataSource, batch.id);
    const events: { action: string; actor_kind: string; actor_name: string; after: unknown }[] = await db.dataSource.query(
      'SELECT action, actor_kind, actor_name, after FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, action DESC',
      [batch.id],
    );
    expect(events).toEqual([
      {
        action: 'esr-credential-updates.received',
        actor_kind: 'API_CLIENT',
        actor_name: 'Client esr:write',
        after: { received: 2, rejected: 1, stored: 1, status: 'QUEUED', rejections: [{ ...rejection, credentialCode: 'DBS', version: 1 }] },
      },
      {
        action: 'esr-credential-updates.applied',
        actor_kind: 'API_CLIENT',
        actor_name: 'Client esr:write',
        after: {
          issued: 0,
          awaitingManualIssue: 1,
          unchanged: 0,
          applied: [{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'DBS', version: 1, status: 'AWAITING_MANUAL_ISSUE' }],
        },
      },
    ]);
  });

  it('refuses a page larger than 200', async () => {
    const response = await api.request('{ auditEvents(page: { limit: 500 }) { nodes { id } } }', undefined, senior);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'page.limit' } });
  });
});

describe('protection', () => {
  it('refuses queries deeper than the limit', async () => {
    const response = await api.request(
      '{ staffGroups { jobRoles { staffGroup { jobRoles { staffGroup { jobRoles { staffGroup { jobRoles { staffGroup { jobRoles { name } } } } } } } } } } }',
      undefined,
      senior,
    );
    expect(response.errors?.[0].message).toMatch(/depth/i);
    expect(response.data).toBeUndefined();
  });

  it('refuses a form post without a preflight (CSRF prevention)', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('answers /health', async () => {
    const response = await fetch(api.url.replace('/graphql', '/health'));
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

const PREVIEW = `query ($input: TemplateReachPreviewInput!) { templateReachPreview(input: $input) { staffMemberCount } }`;

/** A trust of its own and its Senior Portal Administrator, for tests that count what a trust has. */
async function aTrustOfItsOwn() {
  const own = await aTrust(db.dataSource);
  return { trust: own, senior: await api.signedInUser(own.id, 'SENIOR_PORTAL_ADMINISTRATOR') };
}

describe('templateReachPreview', () => {
  it('says how many staff an unsaved template would apply to, and saves nothing', async () => {
    const { trust: own, senior: admin } = await aTrustOfItsOwn();
    const role = await aJobRole(db.dataSource, own.id, groups['06'], 'Clinical scientist');
    for (let i = 0; i < 3; i += 1) await aStaffMember(db.dataSource, own.id, { staffGroupId: groups['06'], jobRoleId: role });
    await aStaffMember(db.dataSource, own.id, { staffGroupId: groups['06'], employmentType: 'TEMPORARY_MOVER' });
    const input = { name: 'Scientists', staffGroupId: groups['06'], jobRoleId: role, employmentTypes: ['PERMANENT_OR_FIXED_TERM'], credentialIds: [credentials.IDENTITY] };
    const response = await api.request(PREVIEW, { input }, admin);
    expect(response.data).toEqual({ templateReachPreview: { staffMemberCount: 3 } });
    const [{ count }]: { count: string }[] = await db.dataSource.query('SELECT count(*) FROM credentials_required_template WHERE organisation_id = $1', [own.id]);
    expect(Number(count)).toBe(0);
  });

  it('answers a draft that would not save with the field error saving would give', async () => {
    const response = await api.request(
      PREVIEW,
      { input: { name: 'Bank_staff', staffGroupId: groups['06'], employmentTypes: ['TEMPORARY_MOVER'], credentialIds: [credentials.IDENTITY] } },
      senior,
    );
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining('underscore (_)'), extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
  });
});

describe('auditEvents as people read them', () => {
  it('gives a sentence and the changes by name, and filters by kind and day', async () => {
    const { senior: admin } = await aTrustOfItsOwn();
    const created = await api.request('mutation ($g: ID!) { createJobRole(input: { staffGroupId: $g, name: "Porter" }) { id } }', { g: groups['09'] }, admin);
    expect(created.errors).toBeUndefined();
    await api.request('mutation { updateNotificationSetting(input: { team: HR, enabled: false }) { enabled } }', undefined, admin);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const response = await api.request<{ auditEvents: { nodes: { action: string; summary: string; changes: unknown[] }[] } }>(
      `query ($from: Date) { auditEvents(filter: { kinds: [JOB_ROLES], from: $from, to: $from }) { nodes { action summary changes { label before after } } } }`,
      { from: today },
      admin,
    );
    expect(response.data?.auditEvents.nodes).toEqual([
      {
        action: 'job-role.created',
        summary: 'Test SENIOR_PORTAL_ADMINISTRATOR created the job role ‘Porter’ in Estates and Ancillary',
        changes: [
          { label: 'Name', before: null, after: 'Porter' },
          { label: 'Staff group', before: null, after: 'Estates and Ancillary' },
        ],
      },
    ]);
  });

  it('refuses an end date before the start date, naming the field', async () => {
    const response = await api.request('{ auditEvents(filter: { from: "2026-05-02", to: "2026-05-01" }) { nodes { id } } }', undefined, senior);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.to' } });
  });
});
