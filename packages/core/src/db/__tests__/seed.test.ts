import { liveOutstandingActionsFor, outstandingActionsFor, seed, validContactDetails, validName, type ContactRole } from '@staff-passport/core';
import { createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('seed');
});
afterAll(() => db.drop());

const TABLES = ['organisation', 'contact', 'portal_user', 'job_role', 'credentials_required_template', 'staff_member', 'credential_record', 'template_resolution_run'];

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}

it('seeds the demo trust with its outstanding actions already worked out, and changes nothing when run again', async () => {
  expect(await seed(db.dataSource, { demo: true })).toEqual({ demoCreated: true, resolutionRunsQueued: 0 });
  const [{ id: demoId }] = await db.dataSource.query(`SELECT id FROM organisation WHERE ods_code = 'RX1'`);

  const stored = await outstandingActionsFor(db.dataSource.manager, demoId);
  expect(stored).toEqual(await liveOutstandingActionsFor(db.dataSource.manager, demoId));
  expect(stored.reduce((sum, team) => sum + team.missingRequiredCredentials, 0)).toBeGreaterThan(0);
  // a summary email counts its own team only, and gets the same figures
  for (const team of stored) {
    expect(await outstandingActionsFor(db.dataSource.manager, demoId, [team.team])).toEqual([team]);
  }
  const [{ unresolved }] = await db.dataSource.query(
    `SELECT count(*)::int AS unresolved FROM staff_member s
      WHERE s.organisation_id = $1 AND NOT EXISTS (SELECT 1 FROM staff_template_resolution r WHERE r.staff_member_id = s.id)`,
    [demoId],
  );
  expect(unresolved).toBe(0);

  const before = await rowCounts();
  expect(await seed(db.dataSource, { demo: true })).toEqual({ demoCreated: false, resolutionRunsQueued: 0 });
  expect(await rowCounts()).toEqual(before);
});

it('asks for every trust with staff to be resolved again when the reference data changes what templates require', async () => {
  const runsFor = async (reason: string): Promise<{ organisation_id: string; status: string }[]> =>
    db.dataSource.query('SELECT organisation_id, status FROM template_resolution_run WHERE reason = $1', [reason]);
  const [{ id: demoId }] = await db.dataSource.query(`SELECT id FROM organisation WHERE ods_code = 'RX1'`);
  await seed(db.dataSource, { demo: true });
  expect(await runsFor('seed.reference-data')).toEqual([]);

  // the database has drifted from the lists (as it does when a release changes them): a default
  // template lost a required category, which the seed puts back
  const defaultCategories = async (): Promise<number> =>
    (await db.dataSource.query(
      'SELECT count(*)::int AS count FROM template_category tc JOIN credentials_required_template t ON t.id = tc.template_id WHERE t.is_default',
    ))[0].count;
  const inLineWithTheLists = await defaultCategories();
  await db.dataSource.query(
    `DELETE FROM template_category WHERE (template_id, category_id) IN (
       SELECT tc.template_id, tc.category_id FROM template_category tc
         JOIN credentials_required_template t ON t.id = tc.template_id WHERE t.is_default LIMIT 1)`,
  );
  expect(await defaultCategories()).toBe(inLineWithTheLists - 1);
  expect(await seed(db.dataSource, { demo: true })).toEqual({ demoCreated: false, resolutionRunsQueued: 1 });
  // QUEUED: the worker's recovery sweep enqueues runs that nobody could
  expect(await runsFor('seed.reference-data')).toEqual([{ organisation_id: demoId, status: 'QUEUED' }]);
  expect(await defaultCategories()).toBe(inLineWithTheLists);
});

it('seeds only what the product itself accepts: every name and contact passes the validation a person’s save goes through', async () => {
  await seed(db.dataSource, { demo: true });
  const templates: { name: string }[] = await db.dataSource.query('SELECT name FROM credentials_required_template WHERE NOT is_default');
  const jobRoles: { name: string }[] = await db.dataSource.query('SELECT name FROM job_role');
  const contacts: { role: ContactRole; name: string; email: string | null; phone: string | null }[] = await db.dataSource.query(
    'SELECT role, name, email, phone FROM contact',
  );
  expect(templates.length).toBeGreaterThan(0);
  for (const { name } of templates) expect(validName('name', name, 'Template name')).toBe(name);
  for (const { name } of jobRoles) expect(validName('name', name, 'Job role name')).toBe(name);
  for (const contact of contacts) expect(validContactDetails(contact.role, contact)).toEqual({ name: contact.name, email: contact.email, phone: contact.phone });
});
