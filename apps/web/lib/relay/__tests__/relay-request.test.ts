/** @jest-environment node */
import manifest from '@/src/gql/persisted-documents.json';
import { SignInMutation } from '@/lib/auth/sign-in';
import { documentIdOf } from '@/lib/graphql/persisted';
import { crossOriginRefusal, MAX_RELAY_BODY_CHARACTERS, relayOperationFrom } from '../relay-request';

const PORTAL = 'https://settings.example.nhs.uk';

describe("the relay's origin check", () => {
  const check = (headers: Record<string, string>) => crossOriginRefusal(new Headers(headers), PORTAL);

  it('accepts a post from a page of the portal', () => {
    expect(check({ origin: PORTAL, 'sec-fetch-site': 'same-origin' })).toBeNull();
  });

  it('accepts a same-origin request that sends no Origin', () => {
    expect(check({ 'sec-fetch-site': 'same-origin' })).toBeNull();
  });

  it.each([
    ['another site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['another port of the same host', { origin: 'https://settings.example.nhs.uk:8443', 'sec-fetch-site': 'same-site' }],
    ['the same host over http', { origin: 'http://settings.example.nhs.uk' }],
    ['a subdomain', { origin: 'https://evil.settings.example.nhs.uk', 'sec-fetch-site': 'same-site' }],
    ['an opaque origin (sandboxed frame, data: URL)', { origin: 'null' }],
    ['an Origin that only starts like the portal', { origin: 'https://settings.example.nhs.uk.evil.example' }],
    ['a same-origin Sec-Fetch-Site with a foreign Origin', { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }],
    ['no Origin and a same-site fetch', { 'sec-fetch-site': 'same-site' }],
    ['no Origin and a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['no Origin and a top-level navigation', { 'sec-fetch-site': 'none' }],
    ['neither header', {}],
  ])('refuses %s with 403', (_, headers) => {
    expect(check(headers)).toEqual({ status: 403, code: 'FORBIDDEN', message: expect.stringContaining('another site') });
  });
});

describe('what the relay forwards', () => {
  const signInId = documentIdOf(SignInMutation);

  it('forwards a persisted portal operation as its id, variables and name only', () => {
    const body = JSON.stringify({
      operationName: 'SignIn',
      variables: { a: 1 },
      extensions: { persistedQuery: { version: 1, sha256Hash: signInId }, somethingElse: true },
      extra: 'dropped',
    });
    expect(relayOperationFrom(body, manifest)).toEqual({
      ok: true,
      body: { operationName: 'SignIn', variables: { a: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: signInId } } },
    });
  });

  it('knows every operation the portal sends', () => {
    expect(Object.hasOwn(manifest, signInId)).toBe(true);
    expect((manifest as Record<string, string>)[signInId]).toMatch(/\bmutation SignIn\(/);
  });

  it.each([
    ['query text', { query: 'mutation { updateNotificationSetting(input: { team: HR, email: "attacker@evil.example", enabled: true }) { email } }' }],
    ['query text next to a known id', { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: signInId } } }],
    ['an id the portal does not have', { extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${'0'.repeat(64)}` } } }],
    ['an inherited property name as the id', { extensions: { persistedQuery: { version: 1, sha256Hash: 'constructor' } } }],
    ['no id at all', { variables: {} }],
    ['a batch', [{ extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }]],
  ])('refuses %s', (_, body) => {
    expect(relayOperationFrom(JSON.stringify(body), manifest)).toEqual({
      ok: false,
      refusal: { status: 400, code: 'PERSISTED_DOCUMENT_REQUIRED', message: expect.any(String) },
    });
  });

  it('refuses a form post (not JSON) and a body too large to be a portal operation', () => {
    expect(relayOperationFrom('query=%7B+me+%7B+id+%7D+%7D', manifest)).toMatchObject({ ok: false, refusal: { status: 400 } });
    const large = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: signInId } }, variables: { pad: 'x'.repeat(MAX_RELAY_BODY_CHARACTERS) } });
    expect(relayOperationFrom(large, manifest)).toMatchObject({ ok: false, refusal: { message: expect.stringContaining('too large') } });
  });
});
