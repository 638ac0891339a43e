// Rule 4 (docs/domain.md) as computed live from the effective templates; the worker's tests check the stored results agree.
import { aPortalUser, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import {
  createTemplate,
  deleteTemplate,
  liveOutstandingActionsFor,
  Outbox,
  outstandingActionsFor,
  outstandingActionsOfEveryTrust,
  recordTemplateResolutionRun,
  runTemplateResolution,
} from '@staff-passport/core';

let db: TestDatabase;
let groups: Record<string, string>;
let credentials: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('outstanding');
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
});
afterAll(() => db.drop());

async function countsFor(trustId: string) {
  return Object.fromEntries(
    (await liveOutstandingActionsFor(db.dataSource.manager, trustId)).map((team) => [
      team.team,
      [team.awaitingManualIssue, team.missingRequiredCredentials],
    ]),
  );
}

it('counts awaiting credentials and what new starters and temporary movers lack, per owning team', async () => {
  const trustId = (await aTrust(db.dataSource)).id;
  const senior = aPortalUser(trustId);
  // Administrative and Clerical: a small custom template makes the expected counts easy to read
  await createTemplate(db.commands, senior, {
    name: 'Clerical',
    staffGroupId: groups['08'],
    employmentTypes: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'],
    credentialIds: [credentials.IDENTITY, credentials.OCCUPATIONAL_HEALTH_CLEARANCE, credentials.FIRE_SAFETY],
  });
  const newStarter = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['08'], employmentStatus: 'NEW_STARTER' });
  const mover = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['08'], employmentType: 'TEMPORARY_MOVER' });
  const current = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['08'] });
  await db.dataSource.query(
    `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version)
     VALUES ($1, $2, $3, 'ISSUED', 1), ($1, $4, $3, 'AWAITING_MANUAL_ISSUE', 1), ($1, $5, $6, 'AWAITING_MANUAL_ISSUE', 1)`,
    [trustId, newStarter.id, credentials.IDENTITY, mover.id, current.id, credentials.TUBERCULOSIS],
  );
  // new starter lacks OH clearance and fire safety; the mover's identity awaits issue (counted once,
  // as awaiting) and lacks the other two; the current employee is not counted as missing anything
  expect(await countsFor(trustId)).toEqual({
    HR: [1, 0],
    OCCUPATIONAL_HEALTH: [1, 2],
    EDUCATION_AND_TRAINING: [0, 2],
  });
});

it('follows the effective template: deleting the custom one brings the default’s requirements back', async () => {
  const trustId = (await aTrust(db.dataSource)).id;
  const senior = aPortalUser(trustId);
  const template = await createTemplate(db.commands, senior, {
    name: 'Estates (minimal)',
    staffGroupId: groups['09'],
    employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
    credentialIds: [credentials.IDENTITY],
  });
  await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['09'], employmentStatus: 'NEW_STARTER' });
  expect(await countsFor(trustId)).toEqual({ HR: [0, 1], OCCUPATIONAL_HEALTH: [0, 0], EDUCATION_AND_TRAINING: [0, 0] });

  await deleteTemplate(db.commands, senior, template.id);
  const [{ count }]: { count: string }[] = await db.dataSource.query(
    `SELECT count(*) FROM template_required_credential r JOIN credentials_required_template t ON t.id = r.template_id
      WHERE t.is_default AND t.staff_group_id = $1`,
    [groups['09']],
  );
  const afterDelete = await countsFor(trustId);
  const missing = Object.values(afterDelete).reduce((sum, [, lacking]) => sum + lacking, 0);
  expect(missing).toBe(Number(count));
});

it('counts every trust and team in one statement exactly as each trust is counted on its own', async () => {
  const trusts = [(await aTrust(db.dataSource)).id, (await aTrust(db.dataSource)).id];
  for (const [index, trustId] of trusts.entries()) {
    for (let person = 0; person <= index; person += 1) {
      const starter = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['08'], employmentStatus: 'NEW_STARTER' });
      await db.dataSource.query(
        `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version) VALUES ($1, $2, $3, 'AWAITING_MANUAL_ISSUE', 1)`,
        [trustId, starter.id, credentials.TUBERCULOSIS],
      );
    }
    const run = await db.dataSource.transaction((manager) => recordTemplateResolutionRun(manager, new Outbox(), trustId, 'test'));
    await runTemplateResolution(db.dataSource, run.id);
  }
  const statementsBefore = db.queryCounter.statements;
  const everyTrust = await outstandingActionsOfEveryTrust(db.dataSource.manager);
  expect(db.queryCounter.statements - statementsBefore).toBe(1);
  for (const trustId of trusts) {
    const own = await outstandingActionsFor(db.dataSource.manager, trustId);
    expect(everyTrust.get(trustId)).toEqual(own);
    expect(own.some((team) => team.missingRequiredCredentials > 0)).toBe(true);
    expect(own).toEqual(await liveOutstandingActionsFor(db.dataSource.manager, trustId));
  }
  expect(everyTrust.get(trusts[1])!.find((team) => team.team === 'OCCUPATIONAL_HEALTH')!.awaitingManualIssue).toBe(2);
});
