import { aJobRole, aPortalUser, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import {
  createTemplate,
  deleteTemplate,
  effectiveTemplateFor,
  listCustomTemplates,
  listTemplates,
  precedenceAmong,
  requiredCredentialsByTemplate,
  updateTemplate,
  type Actor,
} from '@staff-passport/core';

let db: TestDatabase;
let senior: Actor;
let otherTrustSenior: Actor;
let groups: Record<string, string>;
let credentials: Record<string, string>;
let categories: Record<string, string>;
let trustId: string;

beforeAll(async () => {
  db = await createTestDatabase('templates');
  trustId = (await aTrust(db.dataSource)).id;
  senior = aPortalUser(trustId);
  otherTrustSenior = aPortalUser((await aTrust(db.dataSource)).id);
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
  categories = await idsByCode(db.dataSource, 'credential_category');
});
afterAll(() => db.drop());

const nursing = () => groups['03'];

async function templateFor(employmentType: 'PERMANENT_OR_FIXED_TERM' | 'TEMPORARY_MOVER', jobRoleId?: string, actor = senior) {
  return effectiveTemplateFor(db.dataSource.manager, actor, { staffGroupId: nursing(), employmentType, jobRoleId });
}

describe('effective template (rule 1)', () => {
  it('uses the national default when the trust has no custom template', async () => {
    const result = await templateFor('PERMANENT_OR_FIXED_TERM');
    expect(result.matchedBy).toBe('DEFAULT');
    expect(result.template.isDefault).toBe(true);
    expect(result.template.staffGroupId).toBe(nursing());
  });

  it('prefers the job-role template, then the staff-group template, then the default', async () => {
    const wardManager = await aJobRole(db.dataSource, trustId, nursing(), 'Ward manager');
    const staffNurse = await aJobRole(db.dataSource, trustId, nursing(), 'Staff nurse');
    const groupWide = await createTemplate(db.commands, senior, {
      name: 'Nursing (all roles)',
      staffGroupId: nursing(),
      employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
      credentialIds: [credentials.IDENTITY],
    });
    const forRole = await createTemplate(db.commands, senior, {
      name: 'Ward managers',
      staffGroupId: nursing(),
      jobRoleId: wardManager,
      employmentTypes: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'],
      categoryIds: [categories.CORE_SKILLS_TRAINING],
    });

    expect((await templateFor('PERMANENT_OR_FIXED_TERM', wardManager)).template.id).toBe(forRole.id);
    expect((await templateFor('PERMANENT_OR_FIXED_TERM', staffNurse)).template.id).toBe(groupWide.id);
    expect((await templateFor('PERMANENT_OR_FIXED_TERM')).matchedBy).toBe('STAFF_GROUP');
    expect((await templateFor('TEMPORARY_MOVER', staffNurse)).matchedBy).toBe('DEFAULT');
    expect((await templateFor('TEMPORARY_MOVER', wardManager)).matchedBy).toBe('JOB_ROLE');

    // another trust never sees this trust's templates
    const elsewhere = await effectiveTemplateFor(db.dataSource.manager, otherTrustSenior, {
      staffGroupId: nursing(),
      employmentType: 'PERMANENT_OR_FIXED_TERM',
    });
    expect(elsewhere.matchedBy).toBe('DEFAULT');
  });

  it('falls back to the default template when the custom one is deleted', async () => {
    const midwife = await aJobRole(db.dataSource, trustId, nursing(), 'Midwife');
    const template = await createTemplate(db.commands, senior, {
      name: 'Midwives (temporary)',
      staffGroupId: nursing(),
      jobRoleId: midwife,
      employmentTypes: ['TEMPORARY_MOVER'],
      credentialIds: [credentials.DBS],
    });
    expect((await templateFor('TEMPORARY_MOVER', midwife)).template.id).toBe(template.id);
    const { nowInEffect } = await deleteTemplate(db.commands, senior, template.id);
    expect(nowInEffect.map((t) => t.isDefault)).toEqual([true]);
    expect((await templateFor('TEMPORARY_MOVER', midwife)).matchedBy).toBe('DEFAULT');
  });

  it('refuses a job role of another trust as if it did not exist', async () => {
    const theirs = await aJobRole(db.dataSource, (await aTrust(db.dataSource)).id, nursing(), 'Their role');
    await expect(templateFor('PERMANENT_OR_FIXED_TERM', theirs)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'jobRoleId',
      message: 'No job role with that id in your organisation',
    });
  });

  it('refuses a job role of another staff group of the trust', async () => {
    const porter = await aJobRole(db.dataSource, trustId, groups['07'], 'Porter (rule 1)');
    await expect(templateFor('PERMANENT_OR_FIXED_TERM', porter)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'jobRoleId',
      message: 'Select a job role of the chosen staff group',
    });
  });

  it('refuses a staff group that does not exist', async () => {
    await expect(
      effectiveTemplateFor(db.dataSource.manager, senior, {
        staffGroupId: '00000000-0000-4000-8000-000000000000',
        employmentType: 'PERMANENT_OR_FIXED_TERM',
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffGroupId', message: 'Select a staff group' });
  });
});

describe('required credentials (rule 2)', () => {
  it('are the single credentials plus every credential of the categories, each once', async () => {
    const template = await createTemplate(db.commands, senior, {
      name: 'Students (rule 2)',
      staffGroupId: groups['02'],
      employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
      credentialIds: [credentials.IDENTITY, credentials.TUBERCULOSIS],
      categoryIds: [categories.HEALTH_VACCINATIONS_TESTING],
    });
    const [required] = await requiredCredentialsByTemplate(db.dataSource.manager, [template.id]);
    expect(required.map((credential) => credential.code)).toEqual(['IDENTITY', 'TUBERCULOSIS', 'VARICELLA', 'HEPATITIS_B', 'MMR']);
  });

  it('include a credential added to a required category later', async () => {
    const template = await createTemplate(db.commands, senior, {
      name: 'Students (later)',
      staffGroupId: groups['02'],
      employmentTypes: ['TEMPORARY_MOVER'],
      categoryIds: [categories.CONFIRMATION_OF_ASSIGNMENT],
    });
    await db.dataSource.query(
      `INSERT INTO credential (code, name, category_id, team, position) VALUES ('SMARTCARD', 'Smartcard', $1, 'HR', 9)`,
      [categories.CONFIRMATION_OF_ASSIGNMENT],
    );
    const [required] = await requiredCredentialsByTemplate(db.dataSource.manager, [template.id]);
    expect(required.map((credential) => credential.code)).toEqual(['EMPLOYMENT_ASSIGNMENT', 'SMARTCARD']);
  });
});

describe('template rules', () => {
  const base = () => ({ staffGroupId: groups['08'], employmentTypes: ['PERMANENT_OR_FIXED_TERM' as const], credentialIds: [credentials.IDENTITY] });

  it.each([
    ['Admin_staff', 'an underscore (_)'],
    ['Admin #1', 'a hash (#)'],
    ['Admin*', 'an asterisk (*)'],
    ['Admin <b>', '‘<’'],
    ['Nursing – ward manager', 'an en dash (–): use a hyphen (-)'],
    ['Admin/clerical', 'a forward slash (/)'],
  ])('refuses the name %s, naming the character', async (name, described) => {
    await expect(createTemplate(db.commands, senior, { ...base(), name })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: expect.stringContaining(`must not include ${described}`),
    });
  });

  it('accepts letters, digits, spaces and - \' & ( ) , .', async () => {
    const template = await createTemplate(db.commands, senior, { ...base(), name: "Admin & clerical (band 2-4), St. Mary's" });
    expect(template.name).toBe("Admin & clerical (band 2-4), St. Mary's");
    await deleteTemplate(db.commands, senior, template.id);
  });

  it('refuses an empty name and a template with nothing required', async () => {
    await expect(createTemplate(db.commands, senior, { ...base(), name: '   ' })).rejects.toMatchObject({ field: 'name', message: 'Enter a template name' });
    await expect(createTemplate(db.commands, senior, { ...base(), name: 'Nothing', credentialIds: [] })).rejects.toMatchObject({
      field: 'credentialIds',
    });
    await expect(createTemplate(db.commands, senior, { ...base(), name: 'No types', employmentTypes: [] })).rejects.toMatchObject({
      field: 'employmentTypes',
    });
  });

  it('refuses a template that clashes with another, naming it', async () => {
    const first = await createTemplate(db.commands, senior, { ...base(), name: 'Clerical A', employmentTypes: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'] });
    await expect(createTemplate(db.commands, senior, { ...base(), name: 'Clerical B', employmentTypes: ['TEMPORARY_MOVER'] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'employmentTypes',
      message: expect.stringContaining('‘Clerical A’ already covers Administrative and Clerical, any job role, temporary movers'),
    });
    // saving a template over itself is not a clash
    const updated = await updateTemplate(db.commands, senior, { ...base(), id: first.id, name: 'Clerical A (renamed)', employmentTypes: ['TEMPORARY_MOVER'] });
    expect(updated.employmentTypes).toEqual(['TEMPORARY_MOVER']);
    // and the freed employment type can now be claimed
    const second = await createTemplate(db.commands, senior, { ...base(), name: 'Clerical B' });
    expect(second.employmentTypes).toEqual(['PERMANENT_OR_FIXED_TERM']);
  });

  it('refuses a second template with the same name, ignoring case', async () => {
    await expect(createTemplate(db.commands, senior, { ...base(), staffGroupId: groups['09'], name: 'clerical b' })).rejects.toMatchObject({
      field: 'name',
      message: expect.stringContaining('already exists'),
    });
  });

  it('never deletes or changes a default template', async () => {
    const { template } = await templateFor('PERMANENT_OR_FIXED_TERM', undefined, otherTrustSenior);
    await expect(deleteTemplate(db.commands, senior, template.id)).rejects.toMatchObject({
      field: 'id',
      message: expect.stringContaining('cannot delete the national default template'),
    });
    await expect(updateTemplate(db.commands, senior, { ...base(), id: template.id, name: 'Mine now' })).rejects.toMatchObject({ field: 'id' });
  });

  it('answers another trust’s template as if it did not exist', async () => {
    const ours = await createTemplate(db.commands, senior, { ...base(), staffGroupId: groups['10'], name: 'Ours' });
    await expect(deleteTemplate(db.commands, otherTrustSenior, ours.id)).rejects.toMatchObject({
      field: 'id',
      message: 'No template with that id in your organisation',
    });
    const theirList = await listTemplates(db.dataSource.manager, otherTrustSenior, null, null);
    expect(theirList.nodes.every((template) => template.isDefault)).toBe(true);
  });

  it('refuses changes from a Portal Administrator', async () => {
    await expect(createTemplate(db.commands, aPortalUser(trustId, 'PORTAL_ADMINISTRATOR'), { ...base(), name: 'Not allowed' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('writes an audit event with the state before and after', async () => {
    const template = await createTemplate(db.commands, senior, { ...base(), staffGroupId: groups['05'], name: 'Audited' });
    await deleteTemplate(db.commands, senior, template.id);
    const events: { action: string; before: unknown; after: unknown }[] = await db.dataSource.query(
      `SELECT action, before, after FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, action`,
      [template.id],
    );
    expect(events.map((event) => event.action).sort()).toEqual(['template.created', 'template.deleted']);
    const deleted = events.find((event) => event.action === 'template.deleted')!;
    expect(deleted.before).toMatchObject({ name: 'Audited', credentialIds: [credentials.IDENTITY] });
    expect(deleted.after).toBeNull();
  });
});

describe('precedence', () => {
  it('marks the default overridden where custom templates cover every employment type', async () => {
    const trust = (await aTrust(db.dataSource)).id;
    const admin = aPortalUser(trust);
    const { template: healthcareDefault } = await effectiveTemplateFor(db.dataSource.manager, admin, {
      staffGroupId: groups['06'],
      employmentType: 'PERMANENT_OR_FIXED_TERM',
    });
    const partial = await createTemplate(db.commands, admin, {
      name: 'Scientists (permanent)',
      staffGroupId: groups['06'],
      employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
      credentialIds: [credentials.IDENTITY],
    });
    let precedence = precedenceAmong(healthcareDefault, await listCustomTemplates(db.dataSource.manager, trust));
    expect(precedence.inEffect).toBe(true);
    expect(precedence.overriddenBy.map((t) => t.id)).toEqual([partial.id]);

    await createTemplate(db.commands, admin, {
      name: 'Scientists (movers)',
      staffGroupId: groups['06'],
      employmentTypes: ['TEMPORARY_MOVER'],
      credentialIds: [credentials.IDENTITY],
    });
    precedence = precedenceAmong(healthcareDefault, await listCustomTemplates(db.dataSource.manager, trust));
    expect(precedence.inEffect).toBe(false);
    expect(precedence.overriddenBy).toHaveLength(2);
  });
});
