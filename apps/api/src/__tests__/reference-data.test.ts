import { aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { ReferenceDataCache } from '../reference-data';
import { startTestApi, type TestApi } from '../testing/test-api';

/** The reads of national reference data: staff groups, categories, credentials, default templates. */
const READS_PER_LOAD = 4;

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('refdata');
});
afterAll(async () => {
  await db.drop();
});

async function statementsFor(work: () => Promise<unknown>): Promise<number> {
  db.queryCounter.reset();
  await work();
  return db.queryCounter.statements;
}

describe('the process cache of reference data', () => {
  it('reads once within its age, and again once it is older', async () => {
    let clock = 1_000_000;
    const cache = new ReferenceDataCache(db.dataSource.manager, 60_000, () => clock);
    expect(await statementsFor(() => cache.get())).toBe(READS_PER_LOAD);
    clock += 59_999;
    expect(await statementsFor(() => cache.get())).toBe(0);
    clock += 1;
    expect(await statementsFor(() => cache.get())).toBe(READS_PER_LOAD);
  });

  it('reads on every call when its age is 0', async () => {
    const cache = new ReferenceDataCache(db.dataSource.manager, 0);
    expect(await statementsFor(() => cache.get())).toBe(READS_PER_LOAD);
    expect(await statementsFor(() => cache.get())).toBe(READS_PER_LOAD);
  });

  it('lets callers that arrive during a read share it', async () => {
    const cache = new ReferenceDataCache(db.dataSource.manager, 60_000);
    const statements = await statementsFor(() => Promise.all([cache.get(), cache.get(), cache.get()]));
    expect(statements).toBe(READS_PER_LOAD);
    const [first, second] = await Promise.all([cache.get(), cache.get()]);
    expect(second).toBe(first);
  });

  it('holds the whole catalogue and every staff group, frozen against changes', async () => {
    const data = await new ReferenceDataCache(db.dataSource.manager, 60_000).get();
    const [{ count: staffGroups }] = await db.dataSource.query('SELECT count(*)::int AS count FROM staff_group');
    const [{ count: credentials }] = await db.dataSource.query('SELECT count(*)::int AS count FROM credential');
    expect(data.staffGroups).toHaveLength(staffGroups);
    expect(data.credentials).toHaveLength(credentials);
    expect(data.defaultTemplates.map((template) => template.staffGroupId).sort()).toEqual(data.staffGroups.map((group) => group.id).sort());
    expect(() => {
      data.credentials[0].name = 'Changed by a resolver';
    }).toThrow(TypeError);
    expect(() => data.categories.push(data.categories[0])).toThrow(TypeError);
  });

  it('does not keep a failed read', async () => {
    const cache = new ReferenceDataCache(db.dataSource.manager, 60_000);
    await db.dataSource.query('ALTER TABLE staff_group RENAME TO staff_group_away');
    try {
      await expect(cache.get()).rejects.toThrow(/staff_group/);
    } finally {
      await db.dataSource.query('ALTER TABLE staff_group_away RENAME TO staff_group');
    }
    expect((await cache.get()).staffGroups.length).toBeGreaterThan(0);
  });
});

describe('the API with the cache on', () => {
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    api = await startTestApi(db, { referenceDataMaxAgeSeconds: 60 });
    token = await api.signedInUser((await aTrust(db.dataSource)).id, 'SENIOR_PORTAL_ADMINISTRATOR');
  });
  afterAll(async () => {
    await api.close();
  });

  const CATALOGUE = '{ credentialCatalogue { id name credentials { id name } } staffGroups { id name } }';

  it('answers later requests without reading the reference data again', async () => {
    const first = await statementsFor(() => api.request(CATALOGUE, undefined, token));
    const second = await statementsFor(() => api.request(CATALOGUE, undefined, token));
    expect(second).toBe(first - READS_PER_LOAD);
  });

  it('reads again at once when a request meets a credential seeded after the cached read', async () => {
    await api.request(CATALOGUE, undefined, token);
    const categories = await idsByCode(db.dataSource, 'credential_category');
    const staffGroups = await idsByCode(db.dataSource, 'staff_group');
    const [{ id: credentialId }]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO credential (code, name, category_id, team, position) VALUES ('SEEDED_LATER', 'Seeded later', $1, 'HR', 999) RETURNING id`,
      [Object.values(categories)[0]],
    );

    const created = await api.request<{ createCredentialsRequiredTemplate: { credentials: { id: string; name: string }[] } }>(
      `mutation ($input: CreateCredentialsRequiredTemplateInput!) {
         createCredentialsRequiredTemplate(input: $input) { credentials { id name } }
       }`,
      {
        input: {
          name: 'Needs the new credential',
          staffGroupId: Object.values(staffGroups)[0],
          employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
          credentialIds: [credentialId],
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCredentialsRequiredTemplate.credentials).toEqual([{ id: credentialId, name: 'Seeded later' }]);

    const catalogue = await api.request<{ credentialCatalogue: { credentials: { id: string }[] }[] }>(CATALOGUE, undefined, token);
    const listed = catalogue.data?.credentialCatalogue.flatMap((category) => category.credentials.map((credential) => credential.id));
    expect(listed).toContain(credentialId);
  });
});
