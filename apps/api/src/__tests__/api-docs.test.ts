import { DEMO_USERS, seed, totpCode } from '@staff-passport/core';
import { createTestDatabase, deliverPendingAccountEmails, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { API_GUIDE as guide, API_GUIDE_EXAMPLES as examples } from '../testing/api-guide';
import { startTestApi, type TestApi } from '../testing/test-api';

/**
 * Runs every example in docs/api.md, in order, as the caller its marker names, against the real API
 * and the demo trust, so the guide other NHS services follow cannot drift from what the API does.
 */

let db: TestDatabase;
let api: TestApi;
const tokens: Record<string, string | null> = {};
const placeholders = new Map<string, string>();

beforeAll(async () => {
  db = await createTestDatabase('apidocs');
  await seed(db.dataSource, { demo: true });
  api = await startTestApi(db);
  tokens.anonymous = null;
  tokens['settings-reader'] = await api.apiKey('RX1', ['settings:read']);
  tokens['settings-writer'] = await api.apiKey('RX1', ['settings:write']);
  tokens['esr-feed'] = await api.apiKey('RX1', ['esr:write']);
  // people of their own, so that the demo users' codes are the guide's to use
  const [{ id: demoTrust }]: { id: string }[] = await db.dataSource.query(`SELECT id FROM organisation WHERE ods_code = 'RX1'`);
  tokens['national-admin'] = await api.signedInUser(null, 'NATIONAL_ADMINISTRATOR');
  tokens['senior-admin'] = await api.signedInUser(demoTrust, 'SENIOR_PORTAL_ADMINISTRATOR');
  for (const [code, id] of Object.entries(await idsByCode(db.dataSource, 'staff_group'))) placeholders.set(`<id of staff group ${code}>`, id);
  for (const [code, id] of Object.entries(await idsByCode(db.dataSource, 'credential_category'))) placeholders.set(`<id of category ${code}>`, id);
  for (const [code, id] of Object.entries(await idsByCode(db.dataSource, 'credential'))) placeholders.set(`<id of credential ${code}>`, id);
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

it('finds the examples in docs/api.md', () => {
  expect(examples.length).toBeGreaterThanOrEqual(15);
  expect(new Set(examples.map((example) => example.caller))).toEqual(
    new Set(['anonymous', 'settings-reader', 'settings-writer', 'esr-feed', 'national-admin', 'senior-admin']),
  );
});

/**
 * What a person brings from outside the API: the code their authenticator app shows (the demo users'
 * secrets are published), and the token of the link in an email (sent here as the worker sends it).
 */
async function fromOutside(value: string): Promise<string | undefined> {
  const code = /^<code from (\S+)'s authenticator app>$/.exec(value);
  if (code) return totpCode(DEMO_USERS.find((user) => user.username === code[1])!.totpSecret!);
  const link = /^<token from the (invitation|password reset) email>$/.exec(value);
  if (!link) return undefined;
  for (const email of await deliverPendingAccountEmails(db.dataSource)) {
    if (email.link) placeholders.set(`<token from the ${email.kind === 'INVITATION' ? 'invitation' : 'password reset'} email>`, email.link.token);
  }
  return placeholders.get(value);
}

describe('every example in docs/api.md', () => {
  // run in document order: a later example may use what an earlier one returned
  it.each(examples.map((example) => [example.document.match(/^\s*(?:query|mutation) (\w+)/)?.[1] ?? '(anonymous operation)', example] as const))(
    '%s',
    async (_, example) => {
      expect(Object.keys(tokens)).toContain(example.caller);
      const variables = example.variables
        ? Object.fromEntries(
            await Promise.all(Object.entries(example.variables).map(async ([name, value]) => {
              const real = placeholders.get(value) ?? (await fromOutside(value));
              if (value.startsWith('<') && !real) throw new Error(`The guide uses a placeholder the test does not know: ${value}`);
              return [name, real ?? value];
            })),
          )
        : undefined;
      const response = await api.request<Record<string, { id?: string } | null>>(example.document, variables, tokens[example.caller]);
      if (example.expect) {
        expect(response.errors?.[0].extensions?.code).toBe(example.expect);
        const documented = guide.match(/"message": "([^"]+)"/)?.[1];
        expect(response.errors?.[0].message).toBe(documented);
        return;
      }
      expect(response.errors).toBeUndefined();
      const batch = response.data?.recordEsrCredentialUpdates;
      if (batch?.id) placeholders.set('<id of the batch above>', batch.id);
      const challenge = (response.data?.signIn as { challengeToken?: string } | null)?.challengeToken;
      if (challenge) placeholders.set('<challenge token above>', challenge);
      if (response.data?.registerTrust?.id) placeholders.set('<id of the trust above>', response.data.registerTrust.id);
      if (response.data?.invitePortalUser?.id) placeholders.set('<id of the portal user above>', response.data.invitePortalUser.id);
    },
  );
});
