import { aJobRole, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { startTestApi, type TestApi } from '../testing/test-api';

/** What the portal's check-your-answers step and audit log read from the API. */

let db: TestDatabase;
let api: TestApi;
let trust: { id: string; odsCode: string };
let senior: string;
let groups: Record<string, string>;
let credentials: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('portal_reads');
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

const PREVIEW = `query ($input: TemplateReachPreviewInput!) { templateReachPreview(input: $input) { staffMemberCount } }`;

describe('templateReachPreview', () => {
  it('says how many staff an unsaved template would apply to, and saves nothing', async () => {
    const role = await aJobRole(db.dataSource, trust.id, groups['06'], 'Clinical scientist');
    for (let i = 0; i < 3; i += 1) await aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['06'], jobRoleId: role });
    await aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['06'], employmentType: 'TEMPORARY_MOVER' });
    const input = { name: 'Scientists', staffGroupId: groups['06'], jobRoleId: role, employmentTypes: ['PERMANENT_OR_FIXED_TERM'], credentialIds: [credentials.IDENTITY] };
    const response = await api.request(PREVIEW, { input }, senior);
    expect(response.data).toEqual({ templateReachPreview: { staffMemberCount: 3 } });
    const [{ count }]: { count: string }[] = await db.dataSource.query('SELECT count(*) FROM credentials_required_template WHERE organisation_id = $1', [trust.id]);
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
    const created = await api.request<{ createJobRole: { id: string } }>(
      'mutation { createJobRole(input: { staffGroupId: "' + groups['09'] + '", name: "Porter" }) { id } }',
      undefined,
      senior,
    );
    expect(created.errors).toBeUndefined();
    await api.request('mutation { updateNotificationSetting(input: { team: HR, enabled: false }) { enabled } }', undefined, senior);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const response = await api.request<{ auditEvents: { nodes: { action: string; summary: string; changes: unknown[] }[] } }>(
      `query ($from: Date) { auditEvents(filter: { kinds: [JOB_ROLES], from: $from, to: $from }) { nodes { action summary changes { label before after } } } }`,
      { from: today },
      senior,
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
