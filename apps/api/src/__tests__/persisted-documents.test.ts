import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aTrust, createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import {
  loadPersistedDocuments,
  PersistedDocuments,
  PORTAL_SESSIONS_RUN_PERSISTED_ONLY,
  readPersistedDocuments,
  resolvePersistedDocument,
} from '../persisted-documents';
import { startTestApi, type TestApi } from '../testing/test-api';

/**
 * A portal session token runs only the portal's own operations, sent by id; API keys (other NHS
 * services) and anonymous callers (sign-in) may send query text.
 */

const manifest = readPersistedDocuments();

/** The id codegen gave one of the portal's operations. */
function portalOperationId(name: string): string {
  const found = [...manifest].find(([, text]) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(text));
  if (!found) throw new Error(`The portal has no operation ${name}`);
  return found[0];
}

const byId = (sha256Hash: string, variables: Record<string, unknown> = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
const UNKNOWN_ID = `sha256:${'0'.repeat(64)}`;
const STEAL_THE_HR_EMAILS = 'mutation { updateNotificationSetting(input: { team: HR, email: "attacker@evil.example", enabled: true }) { email } }';

describe('the manifest', () => {
  it('is the portal’s: it holds the operations the portal sends, by their sha256 ids', () => {
    const documents = loadPersistedDocuments();
    expect(documents.size).toBe(manifest.size);
    expect(documents.size).toBeGreaterThan(20);
    expect(documents.text(portalOperationId('PortalLayout'))).toMatch(/query PortalLayout \{ me \{/);
    for (const id of manifest.keys()) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is read from PERSISTED_DOCUMENTS_PATH when that names another file', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sps-manifest-'));
    const file = path.join(folder, 'persisted-documents.json');
    writeFileSync(file, JSON.stringify({ 'sha256:one': 'query One { me { id } }' }));
    process.env.PERSISTED_DOCUMENTS_PATH = file;
    try {
      expect(loadPersistedDocuments().text('sha256:one')).toBe('query One { me { id } }');
    } finally {
      delete process.env.PERSISTED_DOCUMENTS_PATH;
      rmSync(folder, { recursive: true });
    }
  });

  it('stops the API with a message saying how to fix a missing manifest', () => {
    expect(() => loadPersistedDocuments('/nonexistent/persisted-documents.json')).toThrow(/npm run codegen.*API image/);
  });
});

describe('turning a request into the operation that runs', () => {
  const documents = new PersistedDocuments(new Map([['sha256:abc', 'query Known { me { id } }']]));
  const post = (body: unknown, authorization?: string) => resolvePersistedDocument({ method: 'POST', search: '', body, authorization }, documents);

  it('runs the manifest’s text for a known id, whatever text came with it', () => {
    expect(post({ ...byId('sha256:abc', { a: 1 }), query: '{ somethingElse }', operationName: 'Known' }, 'Bearer session-token')).toEqual({
      ok: true,
      search: '',
      body: { query: 'query Known { me { id } }', variables: { a: 1 }, operationName: 'Known' },
    });
  });

  it('refuses an unknown id, from any caller', () => {
    for (const authorization of [undefined, 'Bearer session-token', 'Bearer sps_key_secret']) {
      expect(post(byId(UNKNOWN_ID), authorization)).toEqual({
        ok: false,
        status: 400,
        code: 'PERSISTED_DOCUMENT_NOT_FOUND',
        message: expect.stringContaining(`No operation has the id ${UNKNOWN_ID}`),
      });
    }
  });

  it('refuses query text from a portal session token, by POST and by GET', () => {
    const refused = { ok: false, status: 403, code: 'PERSISTED_DOCUMENT_REQUIRED', message: PORTAL_SESSIONS_RUN_PERSISTED_ONLY };
    expect(post({ query: '{ me { id } }' }, 'Bearer session-token')).toEqual(refused);
    expect(post([{ query: '{ me { id } }' }], 'bearer session-token')).toEqual(refused);
    expect(post('query=%7B+me+%7D', 'Bearer session-token')).toEqual(refused);
    expect(resolvePersistedDocument({ method: 'GET', search: '?query=%7B+me+%7B+id+%7D+%7D', body: undefined, authorization: 'Bearer session-token' }, documents)).toEqual(refused);
  });

  it('lets API keys and anonymous callers send query text unchanged', () => {
    expect(post({ query: '{ me { id } }' }, 'Bearer sps_key_secret')).toEqual({ ok: true, search: '', body: { query: '{ me { id } }' } });
    expect(post({ query: 'mutation { signIn(username: "a", password: "b") { token } }' })).toMatchObject({ ok: true });
  });

  it('turns a GET for a known id into a GET with its text', () => {
    const search = `?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'sha256:abc' } }))}&variables=%7B%7D`;
    const outcome = resolvePersistedDocument({ method: 'GET', search, body: undefined, authorization: 'Bearer session-token' }, documents);
    expect(outcome.ok).toBe(true);
    const params = new URLSearchParams(outcome.ok ? outcome.search : '');
    expect(Object.fromEntries(params)).toEqual({ variables: '{}', query: 'query Known { me { id } }' });
  });
});

describe('the API', () => {
  let db: TestDatabase;
  let api: TestApi;
  let session: string;
  let hrEmail: string;
  let trustId: string;

  beforeAll(async () => {
    db = await createTestDatabase('persisted');
    api = await startTestApi(db);
    const trust = await aTrust(db.dataSource);
    trustId = trust.id;
    hrEmail = `hr@${trust.odsCode.toLowerCase()}.nhs.uk`;
    session = await api.signedInUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  type Answer = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  async function send(body: unknown, token?: string): Promise<{ status: number; body: Answer }> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  }

  async function hrAddress(): Promise<string> {
    const [{ email }]: { email: string }[] = await db.dataSource.query(`SELECT email FROM notification_setting WHERE team = 'HR' AND organisation_id = $1`, [trustId]);
    return email;
  }

  it('runs a portal operation sent by id with a session token', async () => {
    const { status, body } = await send(byId(portalOperationId('PortalLayout')), session);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toMatchObject({ displayName: 'Test SENIOR_PORTAL_ADMINISTRATOR' });
  });

  it('refuses query text from a session token, and nothing changes', async () => {
    const { status, body } = await send({ query: STEAL_THE_HR_EMAILS }, session);
    expect(status).toBe(403);
    expect(body).toEqual({ errors: [{ message: PORTAL_SESSIONS_RUN_PERSISTED_ONLY, extensions: { code: 'PERSISTED_DOCUMENT_REQUIRED' } }] });
    expect(await hrAddress()).toBe(hrEmail);
  });

  it('refuses an id that is not the portal’s', async () => {
    const { status, body } = await send(byId(UNKNOWN_ID), session);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });

  it('lets nobody register an operation of their own (Apollo’s automatic persisted queries are off)', async () => {
    const query = '{ me { id } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const registering = await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(registering.body.errors?.[0].extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    const using = await send(byId(hash), session);
    expect(using.body.errors?.[0].extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });

  it('accepts query text from an API key', async () => {
    const key = await api.apiKey(null, ['settings:read']);
    const { status, body } = await send({ query: '{ me { kind displayName } }' }, key);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { me: { kind: 'API_CLIENT', displayName: 'Client settings:read' } } });
  });

  it('accepts query text with no token: sign-in', async () => {
    const { body } = await send({ query: 'mutation { signIn(username: "nobody", password: "wrong") { token } }' });
    expect(body.errors?.[0].extensions?.code).not.toBe('PERSISTED_DOCUMENT_REQUIRED');
    expect(body.errors?.[0].message).toMatch(/username|password/i);
  });
});
