import { aJobRole, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { hashSecret } from '@staff-passport/core';
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
        message: expect.stringContaining('must not include underscore (_)'),
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
    ['an empty contact name', 'name', { name: ' ', email: 'a@b.nhs.uk' }, 'Enter a full name'],
    ['a malformed email', 'email', { name: 'A Person', email: 'not-an-email' }, 'Enter an email address in the correct format, like name@example.nhs.uk'],
    ['a malformed phone number', 'phone', { name: 'A Person', phone: '12ab' }, 'Enter a telephone number'],
  ])('refuses %s on a contact', async (_, field, details, message) => {
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

  it('records each ESR credential batch received, with what it held', async () => {
    const person = await aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['03'] });
    const feed = await api.apiKey(trust.odsCode, ['esr:write']);
    const sent = await api.request<{ recordEsrCredentialUpdates: { id: string } }>(
      `mutation ($n: String!) { recordEsrCredentialUpdates(input: { updates: [{ esrAssignmentNumber: $n, credentialCode: "DBS", version: 1 }] }) { id } }`,
      { n: person.esrAssignmentNumber },
      feed,
    );
    const [event]: { action: string; actor_kind: string; after: unknown }[] = await db.dataSource.query(
      'SELECT action, actor_kind, after FROM audit_event WHERE entity_id = $1',
      [sent.data!.recordEsrCredentialUpdates.id],
    );
    expect(event).toEqual({
      action: 'esr-credential-updates.received',
      actor_kind: 'API_CLIENT',
      after: { received: 1, stored: 1, status: 'QUEUED' },
    });
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
