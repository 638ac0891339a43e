import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  applyEsrUpdateBatch,
  Outbox,
  recordTemplateResolutionRun,
  runTemplateResolution,
} from '@staff-passport/core';
import { aJobRole, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { AnswerCache, CACHEABLE_OPERATIONS, cacheableOperationIds } from '../answer-cache';
import { PersistedDocuments, readPersistedDocuments } from '../persisted-documents';
import { startTestApi, type TestApi } from '../testing/test-api';

/**
 * The answer cache (answer-cache.ts) against the stale-read rule: a read after a change never shows the
 * old value, whichever API process answers it and whichever process made the change (an API command,
 * or a worker job's own transaction). Two API servers share one Redis prefix, as two API processes do;
 * every page is read through both before each change, so both hold the old answer when it happens.
 */
let db: TestDatabase;
let first: TestApi;
let second: TestApi;
let caches: AnswerCache[];
let redis: Redis;
let prefix: string;
let trust: { id: string; odsCode: string };
let senior: string;
let groups: Record<string, string>;
let credentials: Record<string, string>;

const manifest = readPersistedDocuments();
/** The portal's own operation text, by name: sent by id, exactly as the portal sends it. */
function portal(name: string): string {
  for (const text of manifest.values()) if (new RegExp(`(query|mutation) ${name}\\b`).test(text)) return text;
  throw new Error(`The portal has no operation ${name}`);
}

beforeAll(async () => {
  db = await createTestDatabase('api_answer_cache');
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  prefix = `sps-test-answers-${randomBytes(4).toString('hex')}`;
  const operationIds = cacheableOperationIds(new PersistedDocuments(readPersistedDocuments()));
  caches = [0, 1].map(() => AnswerCache.connect(redisUrl, { prefix, maxAgeSeconds: 60, operationIds }));
  first = await startTestApi(db, { answerCache: caches[0] });
  second = await startTestApi(db, { answerCache: caches[1] });
  redis = new Redis(redisUrl);
  trust = await aTrust(db.dataSource);
  senior = await first.signedInUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  for (const cache of caches ?? []) cache.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis?.disconnect();
  await db?.drop();
});

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function read(api: TestApi, name: string, variables: Record<string, unknown> = {}, token = senior): Promise<Data> {
  const response = await api.request<Data>(portal(name), variables, token);
  if (response.errors) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** Reads the page through both servers (so both would answer from the cache), then checks both see `check` after `change`. */
async function seenByBoth(
  page: string,
  variables: Record<string, unknown>,
  change: () => Promise<unknown>,
  check: (data: Data) => void,
  token = senior,
): Promise<void> {
  await read(first, page, variables, token);
  await read(second, page, variables, token);
  await read(second, page, variables, token);
  await change();
  for (const api of [second, first]) check(await read(api, page, variables, token));
}

async function mutate(query: string, variables: Record<string, unknown>, token = senior): Promise<Data> {
  const response = await first.request<Data>(query, variables, token);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function answerKeys(): Promise<number> {
  return (await redis.keys(`${prefix}:answers:*`)).length;
}

describe('answers kept in Redis', () => {
  it('keeps a page’s answer and serves it until the trust’s data version changes', async () => {
    const before = await answerKeys();
    const page = await read(first, 'OrganisationPage');
    expect(await answerKeys()).toBe(before + 1);
    // a write that bypasses the triggers (replica mode) leaves the version alone: the kept answer is
    // served by either server, which shows the answer comes from the cache and the version is the key
    await db.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL session_replication_role = replica');
      await manager.query(`UPDATE organisation SET name = 'Renamed without a version' WHERE id = $1`, [trust.id]);
    });
    expect((await read(second, 'OrganisationPage')).organisation.name).toBe(page.organisation.name);
    await db.dataSource.query('SELECT bump_organisation_data_versions(ARRAY[$1::uuid])', [trust.id]);
    expect((await read(second, 'OrganisationPage')).organisation.name).toBe('Renamed without a version');
  });

  it('keeps nothing for an answer with errors, nor for an operation not named cacheable', async () => {
    const before = await answerKeys();
    const refused = await first.request(
      portal('EffectiveTemplate'),
      { staffGroupId: '00000000-0000-4000-8000-000000000000', employmentType: 'PERMANENT_OR_FIXED_TERM', jobRoleId: null },
      senior,
    );
    expect(refused.errors?.length).toBeGreaterThan(0);
    const audit = await first.request(portal('AuditPage'), {}, senior);
    expect(audit.errors).toBeUndefined();
    expect(await answerKeys()).toBe(before);
  });

  it('answers a signed-out session as signed out, from either server, though its answers were kept', async () => {
    const token = await first.signedInUser(trust.id, 'PORTAL_ADMINISTRATOR');
    expect((await read(first, 'PortalLayout', {}, token)).me).not.toBeNull();
    expect((await read(second, 'PortalLayout', {}, token)).me).not.toBeNull();
    await mutate(portal('SignOut'), {}, token);
    for (const api of [first, second]) {
      const response = await api.request<Data>(portal('PortalLayout'), {}, token);
      // `me` is null for a caller without a session
      expect(response.data?.me ?? null).toBeNull();
    }
  });
});

describe('every change of a trust is seen by the next read from either API process', () => {
  it('a contact changed', async () => {
    const { organisation } = await read(first, 'OrganisationPage');
    const contact = organisation.contacts.find((c: Data) => c.role === 'PRIMARY_CONTACT');
    await seenByBoth(
      'OrganisationPage',
      {},
      () => mutate(portal('UpdateOrganisationContact'), { input: { contactId: contact.id, name: 'Changed Person', email: 'changed@trust.nhs.uk', phone: '0113 496 0001' } }),
      (data) => expect(data.organisation.contacts.find((c: Data) => c.id === contact.id)).toMatchObject({ name: 'Changed Person', email: 'changed@trust.nhs.uk' }),
    );
  });

  it('a team’s summary address and switch changed', async () => {
    await seenByBoth(
      'NotificationsPage',
      {},
      () => mutate(portal('UpdateNotificationSetting'), { input: { team: 'HR', email: 'hr.changed@trust.nhs.uk', enabled: false } }),
      (data) => expect(data.organisation.notificationSettings.find((s: Data) => s.team === 'HR')).toMatchObject({ email: 'hr.changed@trust.nhs.uk', enabled: false }),
    );
  });

  it('automatic issue switched', async () => {
    const [{ enabled }]: { enabled: boolean }[] = await db.dataSource.query(
      'SELECT COALESCE((SELECT enabled FROM auto_issue_setting WHERE organisation_id = $1 AND credential_id = $2), false) AS enabled',
      [trust.id, credentials.FIRE_SAFETY],
    );
    await seenByBoth(
      'CredentialsPage',
      {},
      () => mutate(portal('SetAutoIssue'), { input: { changes: [{ credentialIds: [credentials.FIRE_SAFETY], enabled: !enabled }] } }),
      (data) => {
        const fire = data.credentialCatalogue.flatMap((c: Data) => c.credentials).find((c: Data) => c.id === credentials.FIRE_SAFETY);
        expect(fire.autoIssue).toBe(!enabled);
      },
    );
  });

  it('a template created, changed and deleted', async () => {
    let templateId = '';
    await seenByBoth(
      'TemplatesPage',
      {},
      async () => {
        const data = await mutate(portal('CreateCredentialsRequiredTemplate'), {
          input: { name: 'Cache nurses', staffGroupId: groups['08'] ?? Object.values(groups)[0], employmentTypes: ['TEMPORARY_MOVER'], credentialIds: [credentials.FIRE_SAFETY] },
        });
        templateId = data.createCredentialsRequiredTemplate.id;
      },
      (data) => expect(data.credentialsRequiredTemplates.nodes.map((t: Data) => t.id)).toContain(templateId),
    );
    await seenByBoth(
      'TemplatePage',
      { id: templateId },
      async () => {
        const saved = await read(first, 'TemplateAsSaved', { id: templateId });
        const template = saved.credentialsRequiredTemplate;
        await mutate(portal('UpdateCredentialsRequiredTemplate'), {
          input: {
            id: templateId,
            name: 'Cache nurses renamed',
            staffGroupId: template.staffGroup.id,
            jobRoleId: null,
            employmentTypes: template.employmentTypes,
            credentialIds: [credentials.FIRE_SAFETY, credentials.IDENTITY],
            categoryIds: [],
          },
        });
      },
      (data) => {
        expect(data.credentialsRequiredTemplate.name).toBe('Cache nurses renamed');
        expect(data.credentialsRequiredTemplate.requiredCredentials.map((c: Data) => c.id)).toEqual(
          expect.arrayContaining([credentials.FIRE_SAFETY, credentials.IDENTITY]),
        );
      },
    );
    await seenByBoth(
      'TemplatesPage',
      {},
      () => mutate(portal('DeleteCredentialsRequiredTemplate'), { id: templateId }),
      (data) => expect(data.credentialsRequiredTemplates.nodes.map((t: Data) => t.id)).not.toContain(templateId),
    );
  });

  it('a job role created, renamed and deleted', async () => {
    const staffGroupId = Object.values(groups)[0];
    let roleId = '';
    const roles = (data: Data) => data.staffGroups.flatMap((g: Data) => g.jobRoles);
    await seenByBoth(
      'StaffGroupJobRoles',
      {},
      async () => {
        roleId = (await mutate(portal('CreateJobRole'), { input: { staffGroupId, name: 'Cache role' } })).createJobRole.id;
      },
      (data) => expect(roles(data).find((r: Data) => r.id === roleId)?.name).toBe('Cache role'),
    );
    await seenByBoth(
      'StaffGroupJobRoles',
      {},
      () => mutate(portal('UpdateJobRole'), { input: { id: roleId, name: 'Cache role renamed' } }),
      (data) => expect(roles(data).find((r: Data) => r.id === roleId)?.name).toBe('Cache role renamed'),
    );
    await seenByBoth(
      'StaffGroupJobRoles',
      {},
      () => mutate(portal('DeleteJobRole'), { id: roleId }),
      (data) => expect(roles(data).map((r: Data) => r.id)).not.toContain(roleId),
    );
  });

  it('a person’s role changed by their Senior Portal Administrator', async () => {
    const person = await first.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    await seenByBoth(
      'CredentialsPage',
      {},
      () =>
        mutate('mutation ($id: ID!, $role: PortalRole!) { changePortalUserRole(portalUserId: $id, role: $role) { id role } }', {
          id: person.id,
          role: 'SENIOR_PORTAL_ADMINISTRATOR',
        }),
      (data) => expect(data.me.canChangeSettings).toBe(true),
      person.token,
    );
  });

  it('ESR credential updates applied by the worker, and a credential issued by hand', async () => {
    const staffGroupId = Object.values(groups)[0];
    const person = await aStaffMember(db.dataSource, trust.id, { staffGroupId, employmentStatus: 'NEW_STARTER' });
    await db.dataSource.query('DELETE FROM auto_issue_setting WHERE organisation_id = $1', [trust.id]);
    const awaiting = (data: Data) => data.outstandingActions.reduce((sum: number, team: Data) => sum + team.awaitingManualIssue, 0);
    const before = awaiting(await read(first, 'NotificationsPage'));
    const key = await first.apiKey(trust.odsCode, ['esr:write']);
    let batchId = '';
    await seenByBoth(
      'NotificationsPage',
      {},
      async () => {
        const sent = await first.request<Data>(
          'mutation ($input: RecordEsrCredentialUpdatesInput!) { recordEsrCredentialUpdates(input: $input) { id } }',
          { input: { updates: [{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'FIRE_SAFETY', version: 1 }] } },
          key,
        );
        if (sent.errors) throw new Error(JSON.stringify(sent.errors));
        batchId = sent.data!.recordEsrCredentialUpdates.id;
        // what the worker's ESR job runs, in its own transaction
        await applyEsrUpdateBatch(db.dataSource, batchId);
      },
      (data) => expect(awaiting(data)).toBe(before + 1),
    );
    const [record]: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM credential_record WHERE staff_member_id = $1 AND status = 'AWAITING_MANUAL_ISSUE'`,
      [person.id],
    );
    await seenByBoth(
      'NotificationsPage',
      {},
      () => mutate('mutation ($id: ID!) { issueCredentialManually(credentialRecordId: $id) { id } }', { id: record.id }),
      (data) => expect(awaiting(data)).toBe(before),
    );
  });

  it('template resolution run by the worker: the counts of staff and the run’s progress', async () => {
    const staffGroupId = Object.values(groups)[1];
    const role = await aJobRole(db.dataSource, trust.id, staffGroupId, 'Resolution role');
    for (let index = 0; index < 3; index += 1) await aStaffMember(db.dataSource, trust.id, { staffGroupId, jobRoleId: role });
    // runs queued by the changes above wait for a worker this suite does not run: they are finished here
    await db.dataSource.query(`UPDATE template_resolution_run SET status = 'COMPLETED', finished_at = now() WHERE organisation_id = $1 AND status IN ('QUEUED', 'RUNNING')`, [trust.id]);
    const outbox = new Outbox();
    let runId = '';
    await seenByBoth(
      'TemplatesPage',
      {},
      async () => {
        runId = (await db.dataSource.transaction((manager) => recordTemplateResolutionRun(manager, outbox, trust.id, 'test: resolve'))).id;
      },
      (data) => expect(data.templateResolutionStatus.upToDate).toBe(false),
    );
    const affected = (data: Data) =>
      data.credentialsRequiredTemplates.nodes.find((t: Data) => t.isDefault && t.staffGroup.id === staffGroupId).affectedStaffCount;
    const before = affected(await read(first, 'TemplatesPage'));
    await seenByBoth(
      'TemplatesPage',
      {},
      // what the worker's template-resolution job runs, chunk by chunk, each in its own transaction
      () => runTemplateResolution(db.dataSource, runId, async () => undefined, 2),
      (data) => {
        expect(data.templateResolutionStatus.upToDate).toBe(true);
        expect(affected(data)).toBe(before + 3);
      },
    );
  });

  it('a trust deactivated by a National Administrator: its people are signed out at once, cached answers or not', async () => {
    const other = await aTrust(db.dataSource);
    const token = await first.signedInUser(other.id, 'SENIOR_PORTAL_ADMINISTRATOR');
    await read(first, 'OrganisationPage', {}, token);
    await read(second, 'OrganisationPage', {}, token);
    const national = await first.signedInUser(null, 'NATIONAL_ADMINISTRATOR');
    const deactivated = await first.request('mutation ($id: ID!) { deactivateTrust(id: $id) { id } }', { id: other.id }, national);
    expect(deactivated.errors).toBeUndefined();
    for (const api of [first, second]) {
      const response = await api.request(portal('OrganisationPage'), {}, token);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('the cacheable operations', () => {
  it('are all queries of the portal’s manifest, so a renamed page query is noticed here', () => {
    const ids = cacheableOperationIds(new PersistedDocuments(readPersistedDocuments()));
    expect(ids.size).toBe(CACHEABLE_OPERATIONS.length);
  });
});

describe('the data version', () => {
  it('has its triggers on every table whose rows belong to a trust', async () => {
    const tables: { table_name: string }[] = await db.dataSource.query(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND (c.column_name = 'organisation_id' OR (c.column_name = 'template_id' AND c.table_name IN ('template_credential', 'template_category')))
          AND c.table_name <> 'organisation_data_version'
        UNION SELECT 'organisation'`,
    );
    const triggers: { table_name: string; events: string[] }[] = await db.dataSource.query(
      `SELECT c.relname AS table_name,
              array_agg(CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT' WHEN t.tgtype & 8 <> 0 THEN 'DELETE'
                             WHEN t.tgtype & 16 <> 0 THEN 'UPDATE' ELSE 'TRUNCATE' END ORDER BY 1) AS events
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname IN ('organisation_data_changed', 'organisation_data_truncated') AND c.relnamespace = current_schema()::regnamespace
        GROUP BY c.relname`,
    );
    const byTable = new Map(triggers.map((row) => [row.table_name, [...row.events].sort()]));
    expect(tables.length).toBeGreaterThan(15);
    for (const { table_name } of tables) expect([table_name, byTable.get(table_name)]).toEqual([table_name, ['DELETE', 'INSERT', 'TRUNCATE', 'UPDATE']]);
  });

  it('goes up once for each statement that changes a trust’s rows, in that statement’s transaction, and not for another trust', async () => {
    const other = await aTrust(db.dataSource);
    const version = async (id: string) =>
      Number((await db.dataSource.query('SELECT COALESCE((SELECT version FROM organisation_data_version WHERE organisation_id = $1), 0) AS v', [id]))[0].v);
    const [mine, theirs] = [await version(trust.id), await version(other.id)];
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE contact SET name = name || '.' WHERE organisation_id = $1`, [trust.id]);
      await manager.query(`UPDATE job_role SET name = name WHERE organisation_id = $1`, [trust.id]);
      throw new Error('rolled back');
    }).catch(() => undefined);
    expect(await version(trust.id)).toBe(mine);
    await db.dataSource.query(`UPDATE contact SET name = name || '.' WHERE organisation_id = $1`, [trust.id]);
    await db.dataSource.query(`UPDATE contact SET name = name WHERE organisation_id = $1 AND false`, [trust.id]);
    expect(await version(trust.id)).toBe(mine + 1);
    expect(await version(other.id)).toBe(theirs);
  });
});
