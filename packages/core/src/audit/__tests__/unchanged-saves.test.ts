import { aJobRole, aPortalUser, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import {
  createTemplate,
  setAutoIssue,
  updateJobRole,
  updateNotificationSetting,
  updateOrganisationContact,
  updateTemplate,
  type Actor,
} from '@staff-passport/core';

/**
 * Saving a setting as it already is changes nothing, so it records nothing: no audit event (a load test
 * once left 18,482 identical rows) and no background work.
 */
let db: TestDatabase;
let senior: Actor;
let trustId: string;

beforeAll(async () => {
  db = await createTestDatabase('unchanged_saves');
  trustId = (await aTrust(db.dataSource)).id;
  senior = aPortalUser(trustId);
});
afterAll(() => db.drop());

async function recorded() {
  const [{ events, runs }] = await db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM audit_event WHERE organisation_id = $1) AS events,
            (SELECT count(*)::int FROM template_resolution_run WHERE organisation_id = $1) AS runs`,
    [trustId],
  );
  return { events, runs, relayed: db.commands.relayed.length };
}

/** Runs `change` once (it must record something), then again unchanged (it must record nothing). */
async function expectSecondSaveToRecordNothing(change: () => Promise<unknown>) {
  const start = await recorded();
  await change();
  const afterFirst = await recorded();
  expect(afterFirst.events).toBe(start.events + 1);
  await change();
  expect(await recorded()).toEqual(afterFirst);
}

describe('saving a setting unchanged', () => {
  it('records nothing for a contact', async () => {
    const [contact] = await db.dataSource.query(`SELECT id FROM contact WHERE organisation_id = $1 AND role = 'PRIMARY_CONTACT'`, [trustId]);
    await expectSecondSaveToRecordNothing(() =>
      updateOrganisationContact(db.commands, senior, { contactId: contact.id, name: 'Pat Primary', email: 'Pat.Primary@example.nhs.uk', phone: '01632 960 111' }),
    );
  });

  it('records nothing for a notification setting', async () => {
    await expectSecondSaveToRecordNothing(() => updateNotificationSetting(db.commands, senior, { team: 'HR', email: 'hr.new@example.nhs.uk', enabled: true }));
  });

  it('records nothing for automatic issuance', async () => {
    const categories = await idsByCode(db.dataSource, 'credential_category');
    await expectSecondSaveToRecordNothing(() => setAutoIssue(db.commands, senior, [{ categoryIds: [categories.CORE_SKILLS_TRAINING], enabled: true }]));
  });

  it('records nothing for a job role', async () => {
    const groups = await idsByCode(db.dataSource, 'staff_group');
    const role = await aJobRole(db.dataSource, trustId, groups['01'], 'Registrar');
    await expectSecondSaveToRecordNothing(() => updateJobRole(db.commands, senior, { id: role, name: 'Specialty registrar' }));
  });

  it('records nothing, and recomputes nobody, for a template', async () => {
    const groups = await idsByCode(db.dataSource, 'staff_group');
    const credentials = await idsByCode(db.dataSource, 'credential');
    const input = { name: 'Porters', staffGroupId: groups['09'], employmentTypes: ['PERMANENT_OR_FIXED_TERM' as const], credentialIds: [credentials.IDENTITY] };
    const template = await createTemplate(db.commands, senior, input);
    const changed = { ...input, id: template.id, credentialIds: [credentials.DBS, credentials.IDENTITY] };
    const start = await recorded();
    await updateTemplate(db.commands, senior, changed);
    const afterFirst = await recorded();
    expect(afterFirst).toEqual({ events: start.events + 1, runs: start.runs + 1, relayed: start.relayed + 1 });
    // the same again, with the credentials in another order and duplicated: still the same template
    await updateTemplate(db.commands, senior, { ...changed, credentialIds: [credentials.IDENTITY, credentials.DBS, credentials.DBS] });
    expect(await recorded()).toEqual(afterFirst);
  });
});
