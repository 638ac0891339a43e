import { liveOutstandingActionsFor, outstandingActionsFor, seed } from '@staff-passport/core';
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
  expect(await seed(db.dataSource, { demo: true })).toEqual({ demoCreated: true });
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
  expect(await seed(db.dataSource, { demo: true })).toEqual({ demoCreated: false });
  expect(await rowCounts()).toEqual(before);
});
