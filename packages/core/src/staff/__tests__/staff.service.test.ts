import { aPortalUser, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { listStaffMembers } from '@staff-passport/core';

let db: TestDatabase;
let groups: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('staffreads');
  groups = await idsByCode(db.dataSource, 'staff_group');
});
afterAll(() => db.drop());

/** Stores a resolution row as the background job would (its own tests cover computing it). */
async function resolvedTo(staffMemberId: string, organisationId: string, templateId: string) {
  await db.dataSource.query(
    `INSERT INTO staff_template_resolution (staff_member_id, organisation_id, template_id, matched_by) VALUES ($1, $2, $3, 'DEFAULT')`,
    [staffMemberId, organisationId, templateId],
  );
}

describe('staff members filtered by the template that applies to them', () => {
  it('lists only those the template applies to, with a total for paging', async () => {
    const { id: trustId } = await aTrust(db.dataSource);
    const [{ id: nursingDefault }] = await db.dataSource.query('SELECT id FROM credentials_required_template WHERE is_default AND staff_group_id = $1', [groups['03']]);
    const [{ id: medicalDefault }] = await db.dataSource.query('SELECT id FROM credentials_required_template WHERE is_default AND staff_group_id = $1', [groups['09']]);
    const nurses = await Promise.all([1, 2, 3].map(() => aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] })));
    const doctor = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['09'] });
    for (const nurse of nurses) await resolvedTo(nurse.id, trustId, nursingDefault);
    await resolvedTo(doctor.id, trustId, medicalDefault);

    const reader = aPortalUser(trustId, 'PORTAL_ADMINISTRATOR');
    const firstPage = await listStaffMembers(db.dataSource.manager, reader, { templateId: nursingDefault }, { limit: 2 });
    expect(firstPage.pageInfo.totalCount).toBe(3);
    expect(firstPage.nodes).toHaveLength(2);
    const secondPage = await listStaffMembers(db.dataSource.manager, reader, { templateId: nursingDefault }, { limit: 2, offset: 2 });
    expect([...firstPage.nodes, ...secondPage.nodes].map((member) => member.id).sort()).toEqual(nurses.map((nurse) => nurse.id).sort());
    expect((await listStaffMembers(db.dataSource.manager, reader, null, null)).pageInfo.totalCount).toBe(4);

    // another trust's administrators see none of these people, whatever template id they send
    const elsewhere = aPortalUser((await aTrust(db.dataSource)).id, 'SENIOR_PORTAL_ADMINISTRATOR');
    expect((await listStaffMembers(db.dataSource.manager, elsewhere, { templateId: nursingDefault }, null)).pageInfo.totalCount).toBe(0);
  });

  it('refuses a template id that cannot be one, naming the field', async () => {
    const reader = aPortalUser((await aTrust(db.dataSource)).id, 'PORTAL_ADMINISTRATOR');
    await expect(listStaffMembers(db.dataSource.manager, reader, { templateId: 'not-an-id' }, null)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'templateId',
      message: 'No template with that id',
    });
  });
});
