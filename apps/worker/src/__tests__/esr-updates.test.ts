import {
  applyEsrUpdateBatch,
  esrCredentialUpdatesJobId,
  QueueName,
  getEsrUpdateBatch,
  issueCredentialManually,
  queueEsrCredentialUpdates,
  setAutoIssue,
  type Actor,
} from '@staff-passport/core';
import { aPortalUser, aStaffMember, aTrust, anApiClient, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { startWorker, type RunningWorker } from '../worker-app';
import { randomPrefix, testQueues, testWorkerConfig, waitFor } from './support';

let db: TestDatabase;
let queues: ReturnType<typeof testQueues>;
let worker: RunningWorker;
let feed: Actor;
let senior: Actor;
let trustId: string;
let groups: Record<string, string>;
let categories: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('worker_esr');
  const prefix = randomPrefix('esr');
  queues = testQueues(prefix);
  worker = await startWorker(testWorkerConfig(db, prefix, 2), { dataSource: db.dataSource, log: () => undefined });
  trustId = (await aTrust(db.dataSource)).id;
  feed = anApiClient(trustId, ['esr:write']);
  senior = aPortalUser(trustId);
  groups = await idsByCode(db.dataSource, 'staff_group');
  categories = await idsByCode(db.dataSource, 'credential_category');
});
afterAll(async () => {
  await worker?.stop();
  await queues?.obliterateAll();
  await db?.drop();
});

async function applied(batchId: string) {
  return waitFor(`batch ${batchId} to be applied`, async () => {
    const batch = await getEsrUpdateBatch(db.dataSource.manager, feed, batchId);
    return batch?.status === 'APPLIED' ? batch : null;
  });
}

async function recordOf(staffMemberId: string, code: string) {
  const [row] = await db.dataSource.query(
    `SELECT r.status, r.esr_version, r.issued_automatically, r.issued_by, r.updated_at
       FROM credential_record r JOIN credential c ON c.id = r.credential_id
      WHERE r.staff_member_id = $1 AND c.code = $2`,
    [staffMemberId, code],
  );
  return row;
}

describe('ESR credential updates (rule 3) on the queue', () => {
  it('stores the batch, returns it queued, and the worker issues or holds each update', async () => {
    // the whole core skills category is issued automatically: a category-level toggle
    await setAutoIssue(db.commands, senior, [{ categoryIds: [categories.CORE_SKILLS_TRAINING], enabled: true }]);
    const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
    const batch = await queueEsrCredentialUpdates(
      { dataSource: db.dataSource, jobs: queues },
      feed,
      [
        { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'FIRE_SAFETY', version: 1 },
        { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'SAFEGUARDING_ADULTS_L3', version: 4 },
        { esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'DBS', version: 2 },
      ],
    );
    expect(batch).toMatchObject({ status: 'QUEUED', received: 3, stored: 3, replayed: 0, issued: null });

    expect(await applied(batch.id)).toMatchObject({ issued: 2, awaitingManualIssue: 1, unchanged: 0 });
    // the job's own result says the same (it once read the UPDATE's [rows, count] as a row)
    const job = await waitFor('the job to complete', async () => {
      const found = await queues.queue(QueueName.EsrCredentialUpdates).getJob(esrCredentialUpdatesJobId({ organisationId: trustId, batchId: batch.id }));
      return (await found?.isCompleted()) ? found : null;
    });
    expect(job.returnvalue).toEqual({ issued: 2, awaitingManualIssue: 1, unchanged: 0 });
    expect(await recordOf(person.id, 'FIRE_SAFETY')).toMatchObject({ status: 'ISSUED', issued_automatically: true });
    expect(await recordOf(person.id, 'SAFEGUARDING_ADULTS_L3')).toMatchObject({ status: 'ISSUED', esr_version: 4 });
    expect(await recordOf(person.id, 'DBS')).toMatchObject({ status: 'AWAITING_MANUAL_ISSUE', issued_automatically: false });
  });

  it('changes nothing when the same updates are replayed, or the same batch is applied twice', async () => {
    const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
    const updates = [{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'DBS', version: 7 }];
    const first = await applied((await queueEsrCredentialUpdates({ dataSource: db.dataSource, jobs: queues }, feed, updates)).id);
    expect(first).toMatchObject({ awaitingManualIssue: 1 });
    const before = await recordOf(person.id, 'DBS');

    const replay = await queueEsrCredentialUpdates({ dataSource: db.dataSource, jobs: queues }, feed, updates);
    expect(replay).toMatchObject({ status: 'APPLIED', received: 1, stored: 0, replayed: 1, issued: 0, awaitingManualIssue: 0, unchanged: 1 });

    // a duplicate job for the first batch (e.g. enqueued again after its job was removed)
    await queues.queue('esr-credential-updates' as never).add('apply-batch', { organisationId: trustId, batchId: first.id }, { jobId: `esr-batch-${first.id}-again` });
    const again = await applyEsrUpdateBatch(db.dataSource, first.id);
    expect(again).toMatchObject({ status: 'APPLIED', awaitingManualIssue: 1 });
    expect(await recordOf(person.id, 'DBS')).toEqual(before);

    // an older version is not applied either
    const older = await applied(
      (await queueEsrCredentialUpdates({ dataSource: db.dataSource, jobs: queues }, feed, [{ ...updates[0], version: 3 }])).id,
    );
    expect(older).toMatchObject({ stored: 1, issued: 0, awaitingManualIssue: 0, unchanged: 1 });
    expect(await recordOf(person.id, 'DBS')).toEqual(before);
  });

  it('lets a Senior Portal Administrator issue an awaiting credential by hand, once', async () => {
    const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['08'] });
    await applied(
      (await queueEsrCredentialUpdates({ dataSource: db.dataSource, jobs: queues }, feed, [{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'RIGHT_TO_WORK', version: 1 }])).id,
    );
    const [{ id }] = await db.dataSource.query(
      `SELECT r.id FROM credential_record r JOIN credential c ON c.id = r.credential_id WHERE r.staff_member_id = $1 AND c.code = 'RIGHT_TO_WORK'`,
      [person.id],
    );
    await expect(issueCredentialManually(db.commands, aPortalUser(trustId, 'PORTAL_ADMINISTRATOR'), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(issueCredentialManually(db.commands, aPortalUser((await aTrust(db.dataSource)).id), id)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'No credential record with that id in your organisation',
    });

    const issued = await issueCredentialManually(db.commands, senior, id);
    expect(issued).toMatchObject({ status: 'ISSUED', issuedAutomatically: false, issuedBy: senior.name });
    await expect(issueCredentialManually(db.commands, senior, id)).rejects.toMatchObject({
      field: 'credentialRecordId',
      message: expect.stringContaining('already been issued'),
    });
  });

  it('shows a batch only to its own trust', async () => {
    const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['08'] });
    const batch = await queueEsrCredentialUpdates({ dataSource: db.dataSource, jobs: queues }, feed, [{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'IDENTITY', version: 1 }]);
    await applied(batch.id);
    expect(await getEsrUpdateBatch(db.dataSource.manager, senior, batch.id)).toMatchObject({ id: batch.id });
    const elsewhere = anApiClient((await aTrust(db.dataSource)).id, ['esr:write']);
    expect(await getEsrUpdateBatch(db.dataSource.manager, elsewhere, batch.id)).toBeNull();
  });
});
