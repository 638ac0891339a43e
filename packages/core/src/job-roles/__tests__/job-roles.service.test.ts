import { aPortalUser, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { createJobRole, deleteJobRole, listJobRoles, NAME_RULE, updateJobRole, type Actor } from '@staff-passport/core';

let db: TestDatabase;
let trustId: string;
let senior: Actor;
let groups: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('jobroles');
  trustId = (await aTrust(db.dataSource)).id;
  senior = aPortalUser(trustId);
  groups = await idsByCode(db.dataSource, 'staff_group');
});
afterAll(() => db.drop());

it('creates, renames and lists job roles per staff group, by name', async () => {
  const porter = await createJobRole(db.commands, senior, { staffGroupId: groups['09'], name: '  Porter ' });
  await createJobRole(db.commands, senior, { staffGroupId: groups['09'], name: 'Domestic assistant' });
  expect(porter.name).toBe('Porter');
  await updateJobRole(db.commands, senior, { id: porter.id, name: 'Senior porter' });
  const roles = (await listJobRoles(db.dataSource.manager, trustId)).filter((role) => role.staffGroupId === groups['09']);
  expect(roles.map((role) => role.name)).toEqual(['Domestic assistant', 'Senior porter']);
});

it('allows the same name in another staff group or another trust', async () => {
  await createJobRole(db.commands, senior, { staffGroupId: groups['08'], name: 'Coordinator' });
  await createJobRole(db.commands, senior, { staffGroupId: groups['07'], name: 'Coordinator' });
  const otherTrust = aPortalUser((await aTrust(db.dataSource)).id);
  await expect(createJobRole(db.commands, otherTrust, { staffGroupId: groups['08'], name: 'coordinator' })).resolves.toBeDefined();
});

it.each([
  ['Admin_1', 'an underscore (_)'],
  ['Admin/clerical', 'a forward slash (/)'],
  ['Nurse – band 5', 'an en dash (–): use a hyphen (-)'],
])('refuses the name %s by the same rule as template names, naming the character', async (name, described) => {
  await expect(createJobRole(db.commands, senior, { staffGroupId: groups['08'], name })).rejects.toMatchObject({
    field: 'name',
    message: `Job role name must not include ${described}. ${NAME_RULE.hint}`,
  });
});

it('reports a bad name and a missing staff group together', async () => {
  await expect(createJobRole(db.commands, senior, { staffGroupId: 'nope', name: '' })).rejects.toMatchObject({
    fieldErrors: [
      { field: 'name', message: 'Enter a job role name' },
      { field: 'staffGroupId', message: 'Select a staff group' },
    ],
  });
});

it('keeps staff members when their job role is deleted, without a job role', async () => {
  const role = await createJobRole(db.commands, senior, { staffGroupId: groups['04'], name: 'Dietitian' });
  const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['04'], jobRoleId: role.id });
  await deleteJobRole(db.commands, senior, role.id);
  const [row]: { job_role_id: string | null }[] = await db.dataSource.query('SELECT job_role_id FROM staff_member WHERE id = $1', [person.id]);
  expect(row.job_role_id).toBeNull();
});

it('refuses a Portal Administrator', async () => {
  await expect(
    createJobRole(db.commands, aPortalUser(trustId, 'PORTAL_ADMINISTRATOR'), { staffGroupId: groups['08'], name: 'Clerk' }),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
});
