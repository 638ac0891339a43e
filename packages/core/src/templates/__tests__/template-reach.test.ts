import { aJobRole, aPortalUser, aStaffMember, aTrust, anApiClient, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { createTemplate, previewTemplateReach, type Actor, type EmploymentType, type TemplateInput } from '@staff-passport/core';

type TemplateReachPreviewInput = TemplateInput & { id?: string | null };

let db: TestDatabase;
let trustId: string;
let senior: Actor;
let groups: Record<string, string>;
let credentials: Record<string, string>;
let porter: string;
let cleaner: string;
let driver: string;

const estates = () => groups['09'];

async function staff(count: number, details: { jobRoleId?: string | null; employmentType?: EmploymentType; staffGroupId?: string }, organisationId = trustId) {
  for (let i = 0; i < count; i += 1) await aStaffMember(db.dataSource, organisationId, { staffGroupId: estates(), ...details });
}

const draft = (overrides: Partial<TemplateReachPreviewInput> = {}): TemplateReachPreviewInput => ({
  name: 'Estates preview',
  staffGroupId: estates(),
  employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
  credentialIds: [credentials.IDENTITY],
  ...overrides,
});

const reach = async (input: TemplateReachPreviewInput, actor: Actor | null = senior) => (await previewTemplateReach(db.dataSource, actor, input)).staffMemberCount;

beforeAll(async () => {
  db = await createTestDatabase('template_reach');
  trustId = (await aTrust(db.dataSource)).id;
  senior = aPortalUser(trustId);
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
  porter = await aJobRole(db.dataSource, trustId, estates(), 'Porter');
  cleaner = await aJobRole(db.dataSource, trustId, estates(), 'Cleaner');
  driver = await aJobRole(db.dataSource, trustId, estates(), 'Driver');
  // Estates and Ancillary: 3 permanent porters, 2 temporary porters, 4 permanent cleaners,
  // 1 temporary driver, 2 permanent staff with no job role
  await staff(3, { jobRoleId: porter });
  await staff(2, { jobRoleId: porter, employmentType: 'TEMPORARY_MOVER' });
  await staff(4, { jobRoleId: cleaner });
  await staff(1, { jobRoleId: driver, employmentType: 'TEMPORARY_MOVER' });
  await staff(2, { jobRoleId: null });
  // people who never count: another staff group, another trust
  await staff(5, { staffGroupId: groups['08'] });
  await staff(7, {}, (await aTrust(db.dataSource)).id);
});
afterAll(() => db.drop());

describe('how many staff an unsaved template would apply to', () => {
  it('counts everyone of a job-role template’s staff group, job role and employment types', async () => {
    expect(await reach(draft({ jobRoleId: porter }))).toBe(3);
    expect(await reach(draft({ jobRoleId: porter, employmentTypes: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'] }))).toBe(5);
    expect(await reach(draft({ jobRoleId: driver }))).toBe(0);
  });

  it('counts a staff-group template’s staff group and employment types, whatever their job role, when no job-role template exists', async () => {
    expect(await reach(draft())).toBe(9);
    expect(await reach(draft({ employmentTypes: ['TEMPORARY_MOVER'] }))).toBe(3);
  });

  it('leaves out staff whose job role has a job-role template of their employment type, and no one else', async () => {
    const porters = await createTemplate(db.commands, senior, {
      name: 'Porters (permanent)',
      staffGroupId: estates(),
      jobRoleId: porter,
      employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
      credentialIds: [credentials.DBS],
    });
    // the 3 permanent porters have their own template; temporary porters do not
    expect(await reach(draft({ employmentTypes: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'] }))).toBe(9);
    expect(await reach(draft())).toBe(6);
    expect(await reach(draft({ employmentTypes: ['TEMPORARY_MOVER'] }))).toBe(3);

    // changing that template: it does not count against itself, so as a staff-group template it
    // would reach every permanent member of the staff group
    expect(await reach(draft({ id: porters.id, name: 'Porters (permanent)' }))).toBe(9);
  });

  it('checks the template as saving would, with the field to fix', async () => {
    await expect(reach(draft({ name: 'Estates_preview' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    await expect(reach(draft({ employmentTypes: [] }))).rejects.toMatchObject({ field: 'employmentTypes' });
    await expect(reach(draft({ jobRoleId: porter, name: 'Another porters template' }))).rejects.toMatchObject({
      field: 'employmentTypes',
      message: expect.stringContaining('‘Porters (permanent)’ already covers'),
    });
    const theirs = await aJobRole(db.dataSource, (await aTrust(db.dataSource)).id, estates(), 'Their porter');
    await expect(reach(draft({ jobRoleId: theirs }))).rejects.toMatchObject({ field: 'jobRoleId' });
    await expect(reach(draft({ id: '00000000-0000-4000-8000-000000000000' }))).rejects.toMatchObject({
      field: 'id',
      message: 'No template with that id in your organisation',
    });
  });

  it('saves nothing: the template it counts for is rolled back with everything else', async () => {
    const counts = async () =>
      (await db.dataSource.query(
        `SELECT (SELECT count(*)::int FROM credentials_required_template WHERE organisation_id = $1) AS templates,
                (SELECT count(*)::int FROM template_scope WHERE organisation_id = $1) AS scopes,
                (SELECT count(*)::int FROM audit_event WHERE organisation_id = $1) AS events,
                (SELECT count(*)::int FROM template_resolution_run WHERE organisation_id = $1) AS runs`,
        [trustId],
      ))[0];
    const before = await counts();
    expect(await reach(draft({ name: 'Never saved', jobRoleId: cleaner }))).toBe(4);
    expect(await counts()).toEqual(before);
  });

  it('is for whoever may read the trust’s settings', async () => {
    expect(await reach(draft({ jobRoleId: cleaner }), aPortalUser(trustId, 'PORTAL_ADMINISTRATOR'))).toBe(4);
    expect(await reach(draft({ jobRoleId: cleaner }), anApiClient(trustId, ['settings:read']))).toBe(4);
    await expect(reach(draft(), anApiClient(null, ['settings:read']))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reach(draft(), anApiClient(trustId, ['esr:write']))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reach(draft(), null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
