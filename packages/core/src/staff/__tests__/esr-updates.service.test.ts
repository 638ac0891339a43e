import { aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { applyEsrCredentialUpdates, storeEsrCredentialUpdates } from '../esr-updates.service';

let db: TestDatabase;
let trustId: string;
let groups: Record<string, string>;
let credentials: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('esrupdates');
  trustId = (await aTrust(db.dataSource)).id;
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
  await db.dataSource.query(
    `UPDATE auto_issue_setting SET enabled = true WHERE organisation_id = $1 AND credential_id = $2`,
    [trustId, credentials.FIRE_SAFETY],
  );
});
afterAll(() => db.drop());

/** Stores and applies a batch in one transaction, as one ESR delivery; what became of it. */
async function deliver(updates: { esrAssignmentNumber: string; credentialCode: string; version: number }[]) {
  return db.dataSource.transaction(async (manager) => {
    const { storedIds, rejections } = await storeEsrCredentialUpdates(manager, trustId, updates);
    const applied = await applyEsrCredentialUpdates(manager, storedIds);
    const count = (status: string) => applied.filter((update) => update.status === status).length;
    return { stored: storedIds.length, issued: count('ISSUED'), awaitingManualIssue: count('AWAITING_MANUAL_ISSUE'), rejections, applied };
  });
}

async function recordOf(staffMemberId: string, code: string) {
  const [record]: { status: string; esr_version: number; issued_automatically: boolean }[] = await db.dataSource.query(
    'SELECT status, esr_version, issued_automatically FROM credential_record WHERE staff_member_id = $1 AND credential_id = $2',
    [staffMemberId, credentials[code]],
  );
  return record;
}

it('issues automatically when the trust’s flag is on, and queues for manual issue when it is off', async () => {
  const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
  const outcome = await deliver([
    { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'FIRE_SAFETY', version: 1 },
    { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'DBS', version: 1 },
  ]);
  expect(outcome).toMatchObject({ stored: 2, issued: 1, awaitingManualIssue: 1, rejections: [] });
  expect(outcome.applied).toEqual([
    { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'DBS', version: 1, status: 'AWAITING_MANUAL_ISSUE' },
    { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'FIRE_SAFETY', version: 1, status: 'ISSUED' },
  ]);
  expect(await recordOf(person.id, 'FIRE_SAFETY')).toEqual({ status: 'ISSUED', esr_version: 1, issued_automatically: true });
  expect(await recordOf(person.id, 'DBS')).toEqual({ status: 'AWAITING_MANUAL_ISSUE', esr_version: 1, issued_automatically: false });
});

it('changes nothing when the same update is replayed', async () => {
  const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
  const update = { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'DBS', version: 3 };
  await deliver([update]);
  const [{ updated_at: before }]: { updated_at: Date }[] = await db.dataSource.query(
    'SELECT updated_at FROM credential_record WHERE staff_member_id = $1',
    [person.id],
  );
  expect(await deliver([update])).toEqual({ stored: 0, issued: 0, awaitingManualIssue: 0, rejections: [], applied: [] });
  const [{ updated_at: after }]: { updated_at: Date }[] = await db.dataSource.query(
    'SELECT updated_at FROM credential_record WHERE staff_member_id = $1',
    [person.id],
  );
  expect(after).toEqual(before);
});

it('ignores a version older than the one held, and applies the newest of a batch', async () => {
  const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
  const at = (version: number) => ({ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'FIRE_SAFETY', version });
  await deliver([at(2), at(5), at(4)]);
  expect((await recordOf(person.id, 'FIRE_SAFETY')).esr_version).toBe(5);
  expect(await deliver([at(3)])).toMatchObject({ stored: 1, issued: 0, awaitingManualIssue: 0 });
  expect((await recordOf(person.id, 'FIRE_SAFETY')).esr_version).toBe(5);
});

it('re-opens an issued credential for manual issue when ESR updates it and the flag is now off', async () => {
  const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
  await deliver([{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'FIRE_SAFETY', version: 1 }]);
  await db.dataSource.query(`UPDATE auto_issue_setting SET enabled = false WHERE organisation_id = $1 AND credential_id = $2`, [
    trustId,
    credentials.FIRE_SAFETY,
  ]);
  await deliver([{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'FIRE_SAFETY', version: 2 }]);
  expect(await recordOf(person.id, 'FIRE_SAFETY')).toMatchObject({ status: 'AWAITING_MANUAL_ISSUE', esr_version: 2 });
  await db.dataSource.query(`UPDATE auto_issue_setting SET enabled = true WHERE organisation_id = $1 AND credential_id = $2`, [
    trustId,
    credentials.FIRE_SAFETY,
  ]);
});

it('applies the lines it knows and answers each line it left out, with the reason', async () => {
  const elsewhere = await aStaffMember(db.dataSource, (await aTrust(db.dataSource)).id, { staffGroupId: groups['03'] });
  const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
  const outcome = await deliver([
    { esrAssignmentNumber: elsewhere.esrAssignmentNumber, credentialCode: 'DBS', version: 1 },
    { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'DBS', version: 1 },
    { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'NOT_A_CREDENTIAL', version: 1 },
    { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'IDENTITY', version: -1 },
    { esrAssignmentNumber: '99999999', credentialCode: 'DBS', version: 1 },
  ]);
  expect(outcome).toMatchObject({ stored: 1, awaitingManualIssue: 1 });
  expect(await recordOf(person.id, 'DBS')).toMatchObject({ status: 'AWAITING_MANUAL_ISSUE', esr_version: 1 });
  // another trust's staff member is answered exactly as one that does not exist
  expect(outcome.rejections).toEqual([
    { index: 0, esrAssignmentNumber: elsewhere.esrAssignmentNumber, credentialCode: 'DBS', version: 1, field: 'esrAssignmentNumber', reason: `No staff member with ESR assignment number ‘${elsewhere.esrAssignmentNumber}’ in your organisation` },
    { index: 2, esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'NOT_A_CREDENTIAL', version: 1, field: 'credentialCode', reason: 'No credential with code ‘NOT_A_CREDENTIAL’' },
    { index: 3, esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'IDENTITY', version: -1, field: 'version', reason: 'Version must be a whole number, 0 or more' },
    { index: 4, esrAssignmentNumber: '99999999', credentialCode: 'DBS', version: 1, field: 'esrAssignmentNumber', reason: 'No staff member with ESR assignment number ‘99999999’ in your organisation' },
  ]);
});
