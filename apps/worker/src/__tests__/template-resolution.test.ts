import type { AddressInfo } from 'node:net';
import {
  LEFT_FOR_THE_RECOVERY_SWEEP,
  createApiClient,
  liveOutstandingActionsFor,
  outstandingActionsFor,
  QueueName,
  runTemplateResolution,
  templateResolutionJobId,
  templateResolutionStatus,
  type Actor,
  type TemplateResolutionProgress,
} from '@staff-passport/core';
import { aJobRole, aPortalUser, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { buildApiServer, type ApiServer } from '../../../api/src/server';
import { recoverUnfinishedWork } from '../recovery';
import { startWorker, type RunningWorker } from '../worker-app';
import { randomPrefix, testQueues, testWorkerConfig, waitFor, requestTemplateResolution } from './support';

let db: TestDatabase;
let queues: ReturnType<typeof testQueues>;
let worker: RunningWorker;
let api: ApiServer;
let apiUrl: string;
let groups: Record<string, string>;
let credentials: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('worker_templates');
  const prefix = randomPrefix('templates');
  queues = testQueues(prefix);
  worker = await startWorker(testWorkerConfig(db, prefix, 2), { dataSource: db.dataSource, log: () => undefined });
  api = await buildApiServer(
    db.dataSource,
    { GRAPHQL_INTROSPECTION: false, GRAPHQL_MAX_DEPTH: 10, GRAPHQL_MAX_COST: 20000, NODE_ENV: 'test' },
    (message, error) => console.error(message, error),
    queues,
  );
  await new Promise<void>((resolve) => api.http.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.http.address() as AddressInfo).port}/graphql`;
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
});
afterAll(async () => {
  await new Promise<void>((resolve) => api.http.close(() => resolve()));
  await api.apollo.stop();
  await worker?.stop();
  await queues?.obliterateAll();
  await db?.drop();
});

async function graphql<T>(apiKey: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function upToDate(actor: Actor) {
  return waitFor('template resolution to catch up', async () => {
    const status = await templateResolutionStatus(db.dataSource.manager, actor);
    return status.upToDate ? status : null;
  });
}

/** The stored results must say what the live computation says. */
async function expectStoredToAgreeWithLive(organisationId: string) {
  const stored = await outstandingActionsFor(db.dataSource.manager, organisationId);
  expect(stored).toEqual(await liveOutstandingActionsFor(db.dataSource.manager, organisationId));
  return stored;
}

describe('effective-template resolution (rules 1, 2 and 4, stored)', () => {
  it('recomputes outstanding actions when a template is created, and puts the default back when it is deleted', async () => {
    const { id: trustId, odsCode } = await aTrust(db.dataSource);
    const reader = aPortalUser(trustId, 'PORTAL_ADMINISTRATOR');
    const { apiKey } = await createApiClient(db.dataSource, { name: 'Settings client', odsCode, scopes: ['settings:read', 'settings:write'] });
    const nurse = await aJobRole(db.dataSource, trustId, groups['03'], 'Staff nurse');
    const starters = await Promise.all(
      [1, 2, 3].map(() => aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'], jobRoleId: nurse, employmentStatus: 'NEW_STARTER' })),
    );
    await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'], employmentType: 'TEMPORARY_MOVER' });
    await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
    await requestTemplateResolution({ dataSource: db.dataSource, jobs: queues }, trustId, 'test.setup');
    await upToDate(reader);
    const before = await expectStoredToAgreeWithLive(trustId);
    expect(before.find((team) => team.team === 'EDUCATION_AND_TRAINING')!.missingRequiredCredentials).toBeGreaterThan(0);

    // through the API, as a client would: the mutation queues the run
    const { createCredentialsRequiredTemplate: template } = await graphql<{ createCredentialsRequiredTemplate: { id: string } }>(
      apiKey,
      `mutation ($input: CreateCredentialsRequiredTemplateInput!) { createCredentialsRequiredTemplate(input: $input) { id } }`,
      { input: { name: 'Staff nurses', staffGroupId: groups['03'], jobRoleId: nurse, employmentTypes: ['PERMANENT_OR_FIXED_TERM'], credentialIds: [credentials.IDENTITY] } },
    );
    await waitFor('the API to report the run finished', async () => {
      const { templateResolutionStatus: status } = await graphql<{ templateResolutionStatus: { upToDate: boolean; runs: { reason: string; status: string }[] } }>(
        apiKey,
        '{ templateResolutionStatus { upToDate done total runs { reason status done total } } }',
      );
      return status.upToDate && status.runs.some((run) => run.reason === 'template.created' && run.status === 'COMPLETED');
    });
    const withTemplate = await expectStoredToAgreeWithLive(trustId);
    // each new starter now needs only Identity (HR): nothing for education and training
    expect(withTemplate).not.toEqual(before);
    const resolved: { template_id: string; matched_by: string }[] = await db.dataSource.query(
      'SELECT template_id, matched_by FROM staff_template_resolution WHERE staff_member_id = ANY($1::uuid[])',
      [starters.map((starter) => starter.id)],
    );
    expect(resolved).toEqual(starters.map(() => ({ template_id: template.id, matched_by: 'JOB_ROLE' })));
    const { outstandingActions } = await graphql<{ outstandingActions: unknown[] }>(
      apiKey,
      '{ outstandingActions { team awaitingManualIssue missingRequiredCredentials total } }',
    );
    expect(outstandingActions).toEqual(withTemplate);

    await graphql(apiKey, 'mutation ($id: ID!) { deleteCredentialsRequiredTemplate(id: $id) { deletedId } }', { id: template.id });
    await waitFor('the deletion run', async () => {
      const status = await templateResolutionStatus(db.dataSource.manager, reader);
      return status.upToDate && status.runs.some((run) => run.reason === 'template.deleted' && run.status === 'COMPLETED');
    });
    const [{ id: defaultId }] = await db.dataSource.query('SELECT id FROM credentials_required_template WHERE is_default AND staff_group_id = $1', [groups['03']]);
    const back: { template_id: string; matched_by: string }[] = await db.dataSource.query(
      'SELECT template_id, matched_by FROM staff_template_resolution WHERE staff_member_id = ANY($1::uuid[])',
      [starters.map((starter) => starter.id)],
    );
    expect(back).toEqual(starters.map(() => ({ template_id: defaultId, matched_by: 'DEFAULT' })));
    expect(await expectStoredToAgreeWithLive(trustId)).toEqual(before);
  });

  it('tells API clients who a template affects and what each of them lacks, from the stored results', async () => {
    const { id: trustId, odsCode } = await aTrust(db.dataSource);
    const { apiKey } = await createApiClient(db.dataSource, { name: 'Affected client', odsCode, scopes: ['settings:read', 'settings:write'] });
    const midwife = await aJobRole(db.dataSource, trustId, groups['03'], 'Midwife');
    const holdsIdentity = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'], jobRoleId: midwife });
    const holdsNothing = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'], jobRoleId: midwife });
    const notAMidwife = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
    await db.dataSource.query(
      `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version, issued_at)
       VALUES ($1, $2, $3, 'ISSUED', 1, now())`,
      [trustId, holdsIdentity.id, credentials.IDENTITY],
    );
    const { createCredentialsRequiredTemplate: template } = await graphql<{ createCredentialsRequiredTemplate: { id: string } }>(
      apiKey,
      `mutation ($input: CreateCredentialsRequiredTemplateInput!) { createCredentialsRequiredTemplate(input: $input) { id } }`,
      { input: { name: 'Midwives', staffGroupId: groups['03'], jobRoleId: midwife, employmentTypes: ['PERMANENT_OR_FIXED_TERM'], credentialIds: [credentials.IDENTITY, credentials.DBS] } },
    );
    await upToDate(aPortalUser(trustId, 'PORTAL_ADMINISTRATOR'));

    type Member = { id: string; templateResolution: { matchedBy: string; template: { id: string } | null; missingCredentials: { id: string }[] } | null };
    const affected = await graphql<{ credentialsRequiredTemplate: { affectedStaffCount: number }; staffMembers: { nodes: Member[]; pageInfo: { totalCount: number } } }>(
      apiKey,
      `query ($templateId: ID!) {
         credentialsRequiredTemplate(id: $templateId) { affectedStaffCount }
         staffMembers(filter: { templateId: $templateId }) {
           nodes { id templateResolution { matchedBy template { id } missingCredentials { id } } }
           pageInfo { totalCount }
         }
       }`,
      { templateId: template.id },
    );
    expect(affected.credentialsRequiredTemplate.affectedStaffCount).toBe(2);
    expect(affected.staffMembers.pageInfo.totalCount).toBe(2);
    const byId = new Map(affected.staffMembers.nodes.map((member) => [member.id, member.templateResolution]));
    expect([...byId.keys()].sort()).toEqual([holdsIdentity.id, holdsNothing.id].sort());
    expect(byId.get(holdsIdentity.id)).toEqual({ matchedBy: 'JOB_ROLE', template: { id: template.id }, missingCredentials: [{ id: credentials.DBS }] });
    const inCatalogueOrder: { id: string }[] = await db.dataSource.query(
      `SELECT c.id FROM credential c JOIN credential_category cc ON cc.id = c.category_id
        WHERE c.id = ANY($1::uuid[]) ORDER BY cc.position, c.position`,
      [[credentials.IDENTITY, credentials.DBS]],
    );
    expect(byId.get(holdsNothing.id)?.missingCredentials).toEqual(inCatalogueOrder);

    // everyone else of the staff group is on the default, and says so
    const everyone = await graphql<{ staffMembers: { nodes: Member[] } }>(
      apiKey,
      '{ staffMembers { nodes { id templateResolution { matchedBy template { id } missingCredentials { id } } } } }',
    );
    const [{ id: defaultId }] = await db.dataSource.query('SELECT id FROM credentials_required_template WHERE is_default AND staff_group_id = $1', [groups['03']]);
    expect(everyone.staffMembers.nodes.find((member) => member.id === notAMidwife.id)?.templateResolution).toMatchObject({
      matchedBy: 'DEFAULT',
      template: { id: defaultId },
    });
  });

  it('runs a recorded run that nobody enqueued (as the seed leaves them) once the recovery sweep finds it', async () => {
    const { id: trustId } = await aTrust(db.dataSource);
    const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['02'] });
        const run = await requestTemplateResolution({ dataSource: db.dataSource, jobs: LEFT_FOR_THE_RECOVERY_SWEEP }, trustId, 'seed.reference-data');
    expect(await queues.queue(QueueName.TemplateResolution).getJob(templateResolutionJobId({ organisationId: trustId, runId: run.id }))).toBeUndefined();

    expect(await recoverUnfinishedWork(db.dataSource, queues, 0)).toBeGreaterThanOrEqual(1);
    const status = await upToDate(aPortalUser(trustId));
    expect(status.runs.find((candidate) => candidate.id === run.id)).toMatchObject({ status: 'COMPLETED', done: 1, total: 1 });
    const [stored] = await db.dataSource.query('SELECT matched_by FROM staff_template_resolution WHERE staff_member_id = $1', [person.id]);
    expect(stored).toEqual({ matched_by: 'DEFAULT' });
  });

  it('resolves a large trust in set-based chunks, reporting done/total as it goes', async () => {
    const { id: trustId } = await aTrust(db.dataSource);
    const size = 4500;
    await db.dataSource.query(
      `INSERT INTO staff_member (organisation_id, esr_assignment_number, name, staff_group_id, employment_type, employment_status, start_date)
       SELECT $1, lpad(n::text, 8, '0'), 'Person ' || n, $2,
              CASE WHEN n % 3 = 0 THEN 'TEMPORARY_MOVER' ELSE 'PERMANENT_OR_FIXED_TERM' END,
              CASE WHEN n % 2 = 0 THEN 'NEW_STARTER' ELSE 'CURRENT_EMPLOYEE' END, '2026-09-01'
         FROM generate_series(1, $3) AS n`,
      [trustId, groups['07'], size],
    );
    const progress: TemplateResolutionProgress[] = [];
    const resolutionWorker = worker.workers.find((candidate) => candidate.name === 'template-resolution')!;
    const onProgress = (_job: unknown, value: unknown) => progress.push(value as TemplateResolutionProgress);
    resolutionWorker.on('progress', onProgress);
    const run = await requestTemplateResolution({ dataSource: db.dataSource, jobs: queues }, trustId, 'test.large');
    const status = await upToDate(aPortalUser(trustId));
    resolutionWorker.off('progress', onProgress);

    expect(status.runs.find((candidate) => candidate.id === run.id)).toMatchObject({ status: 'COMPLETED', done: size, total: size });
    expect(progress).toEqual([
      { done: 0, total: size },
      { done: 2000, total: size },
      { done: 4000, total: size },
      { done: size, total: size },
    ]);
    await expectStoredToAgreeWithLive(trustId);

    // a handful of statements per chunk of 2,000 people, never one per person
        const direct = await requestTemplateResolution({ dataSource: db.dataSource, jobs: LEFT_FOR_THE_RECOVERY_SWEEP }, trustId, 'test.count');
    db.queryCounter.reset();
    await runTemplateResolution(db.dataSource, direct.id);
    expect(db.queryCounter.statements).toBeLessThanOrEqual(30);
  });

  it('recomputes after a change whose relay failed right after commit: the mutation succeeds and the recovery sweep finishes the work', async () => {
    const { id: trustId, odsCode } = await aTrust(db.dataSource);
    const { apiKey } = await createApiClient(db.dataSource, { name: 'Crash client', odsCode, scopes: ['settings:read', 'settings:write'] });
    const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['05'], employmentStatus: 'NEW_STARTER' });
    await requestTemplateResolution({ dataSource: db.dataSource, jobs: queues }, trustId, 'test.setup');
    await upToDate(aPortalUser(trustId));

    // An API whose relay fails after every commit, as a process that dies between commit and enqueue would.
    const logged: string[] = [];
    const crashing = await buildApiServer(
      db.dataSource,
      { GRAPHQL_INTROSPECTION: false, GRAPHQL_MAX_DEPTH: 10, GRAPHQL_MAX_COST: 20000, NODE_ENV: 'test' },
      (message) => logged.push(message),
      { enqueue: async () => Promise.reject(new Error('the process died after commit')) },
    );
    await new Promise<void>((resolve) => crashing.http.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(crashing.http.address() as AddressInfo).port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          query: `mutation ($input: CreateCredentialsRequiredTemplateInput!) { createCredentialsRequiredTemplate(input: $input) { id name } }`,
          variables: { input: { name: 'Scientists', staffGroupId: groups['05'], employmentTypes: ['PERMANENT_OR_FIXED_TERM'], credentialIds: [credentials.DBS] } },
        }),
      });
      const body = (await response.json()) as { data?: { createCredentialsRequiredTemplate: { id: string; name: string } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      const template = body.data!.createCredentialsRequiredTemplate;
      expect(template.name).toBe('Scientists');
      expect(logged.some((message) => message.includes('could not be queued'))).toBe(true);

      // the run was recorded in the change's transaction, and nothing reached the queue
      const [run]: { id: string; status: string }[] = await db.dataSource.query(
        `SELECT id, status FROM template_resolution_run WHERE organisation_id = $1 AND reason = 'template.created'`,
        [trustId],
      );
      expect(run.status).toBe('QUEUED');
      expect(await queues.queue(QueueName.TemplateResolution).getJob(templateResolutionJobId({ organisationId: trustId, runId: run.id }))).toBeUndefined();

      expect(await recoverUnfinishedWork(db.dataSource, queues, 0)).toBeGreaterThanOrEqual(1);
      await upToDate(aPortalUser(trustId));
      const [stored] = await db.dataSource.query('SELECT template_id, matched_by FROM staff_template_resolution WHERE staff_member_id = $1', [person.id]);
      expect(stored).toEqual({ template_id: template.id, matched_by: 'STAFF_GROUP' });
      const missing: { credential_id: string }[] = await db.dataSource.query('SELECT credential_id FROM staff_missing_credential WHERE staff_member_id = $1', [person.id]);
      expect(missing).toEqual([{ credential_id: credentials.DBS }]);
    } finally {
      await new Promise<void>((resolve) => crashing.http.close(() => resolve()));
      await crashing.apollo.stop();
    }
  });

  it('returns what it did as the job\'s result', async () => {
    const { id: trustId } = await aTrust(db.dataSource);
    await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['06'] });
    await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['06'] });
    const run = await requestTemplateResolution({ dataSource: db.dataSource, jobs: queues }, trustId, 'test.result');
    await upToDate(aPortalUser(trustId));
    const job = await queues.queue(QueueName.TemplateResolution).getJob(templateResolutionJobId({ organisationId: trustId, runId: run.id }));
    expect(job?.returnvalue).toEqual({ done: 2, total: 2 });
  });
});
