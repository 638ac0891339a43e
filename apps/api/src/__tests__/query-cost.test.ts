import { aJobRole, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { startTestApi, type TestApi } from '../testing/test-api';

/**
 * The settings pages' query must cost the same number of SQL statements however many categories,
 * credentials, job roles and templates there are (no N+1).
 */
const SETTINGS_PAGE_QUERY = `{
  me { displayName canChangeSettings organisation { name } }
  organisation { name contacts { label name email } notificationSettings { team email enabled } }
  credentialCatalogue { id name autoIssue credentials { id name autoIssue team category { name } } }
  staffGroups { id name jobRoles { id name templates { name } } defaultTemplate { name } }
  credentialsRequiredTemplates(page: { limit: 200 }) {
    nodes {
      id name isDefault inEffect employmentTypes
      staffGroup { name } jobRole { name }
      credentials { name } categories { name }
      requiredCredentials { id name }
      overriddenBy { name }
    }
    pageInfo { totalCount }
  }
}`;

let db: TestDatabase;
let api: TestApi;
let token: string;
let trustId: string;
let groups: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('querycost');
  // Reference data read on every request: this suite counts what the database path costs as data grows.
  api = await startTestApi(db, { referenceDataMaxAgeSeconds: 0 });
  trustId = (await aTrust(db.dataSource)).id;
  token = await api.signedInUser(trustId, 'SENIOR_PORTAL_ADMINISTRATOR');
  groups = await idsByCode(db.dataSource, 'staff_group');
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

async function statementsForSettingsPage(): Promise<number> {
  db.queryCounter.reset();
  const response = await api.request(SETTINGS_PAGE_QUERY, undefined, token);
  expect(response.errors).toBeUndefined();
  return db.queryCounter.statements;
}

async function growTheData(round: number): Promise<void> {
  const [{ id: categoryId }]: { id: string }[] = await db.dataSource.query(
    `INSERT INTO credential_category (code, name, team, position) VALUES ($1, $2, 'HR', 100 + $3) RETURNING id`,
    [`EXTRA_${round}`, `Extra category ${round}`, round],
  );
  for (let index = 0; index < 5; index += 1) {
    await db.dataSource.query(
      `INSERT INTO credential (code, name, category_id, team, position) VALUES ($1, $2, $3, 'HR', $4)`,
      [`EXTRA_${round}_${index}`, `Extra credential ${round}.${index}`, categoryId, index],
    );
  }
  for (const code of ['01', '03', '08']) {
    const jobRoleId = await aJobRole(db.dataSource, trustId, groups[code], `Role ${round} in ${code}`);
    const created = await api.request(
      `mutation ($input: CreateCredentialsRequiredTemplateInput!) { createCredentialsRequiredTemplate(input: $input) { id } }`,
      {
        input: {
          name: `Template ${round} for ${code}`,
          staffGroupId: groups[code],
          jobRoleId,
          employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
          categoryIds: [categoryId],
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
  }
}

it('sends the same number of SQL statements for the settings page however much data there is', async () => {
  await growTheData(1);
  const small = await statementsForSettingsPage();
  await growTheData(2);
  await growTheData(3);
  await growTheData(4);
  const large = await statementsForSettingsPage();
  expect(large).toBe(small);
  expect(small).toBeLessThan(30);
});
