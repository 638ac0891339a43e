import { aPortalUser, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { autoIssueEnabledFor, setAutoIssue, type Actor } from '@staff-passport/core';

let db: TestDatabase;
let trustId: string;
let senior: Actor;
let credentials: Record<string, string>;
let categories: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('credentials');
  trustId = (await aTrust(db.dataSource)).id;
  senior = aPortalUser(trustId);
  credentials = await idsByCode(db.dataSource, 'credential');
  categories = await idsByCode(db.dataSource, 'credential_category');
});
afterAll(() => db.drop());

async function flags(...codes: string[]): Promise<boolean[]> {
  return autoIssueEnabledFor(db.dataSource.manager, trustId, codes.map((code) => credentials[code]));
}

it('turns a whole category on, then one of its credentials off, in one call', async () => {
  const changed = await setAutoIssue(db.commands, senior, [
    { categoryIds: [categories.HEALTH_VACCINATIONS_TESTING], enabled: true },
    { credentialIds: [credentials.MMR], enabled: false },
  ]);
  expect(changed).toBe(3);
  expect(await flags('TUBERCULOSIS', 'VARICELLA', 'HEPATITIS_B', 'MMR')).toEqual([true, true, true, false]);
});

it('saves nothing when any change is invalid', async () => {
  await expect(
    setAutoIssue(db.commands, senior, [
      { credentialIds: [credentials.DBS], enabled: true },
      { categoryIds: ['00000000-0000-4000-8000-000000000000'], enabled: true },
    ]),
  ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'changes.1.categoryIds' });
  expect(await flags('DBS')).toEqual([false]);
});

it('writes one audit event listing what changed', async () => {
  await setAutoIssue(db.commands, senior, [{ credentialIds: [credentials.FIRE_SAFETY, credentials.IDENTITY], enabled: true }]);
  const [event]: { before: Record<string, boolean>; after: Record<string, boolean> }[] = await db.dataSource.query(
    `SELECT before, after FROM audit_event WHERE organisation_id = $1 AND action = 'auto-issue.changed' ORDER BY occurred_at DESC LIMIT 1`,
    [trustId],
  );
  expect(event.after).toEqual({ FIRE_SAFETY: true, IDENTITY: true });
  expect(event.before).toEqual({ FIRE_SAFETY: false, IDENTITY: false });
});

it('counts nothing changed when the settings already hold', async () => {
  expect(await setAutoIssue(db.commands, senior, [{ credentialIds: [credentials.FIRE_SAFETY], enabled: true }])).toBe(0);
});

it('leaves other trusts’ settings alone', async () => {
  const otherTrust = (await aTrust(db.dataSource)).id;
  await setAutoIssue(db.commands, aPortalUser(otherTrust), [{ credentialIds: [credentials.DBS], enabled: true }]);
  expect(await flags('DBS')).toEqual([false]);
});
