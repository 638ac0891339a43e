import * as argon2 from 'argon2';
import { hashSecret, MAX_FAILED_SIGN_INS, redisConnection } from '@staff-passport/core';
import { aTrust, createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import { startTestApi, TEST_PASSWORD, type GraphQLResponse, type TestApi } from '../../apps/api/src/testing/test-api';

/**
 * Attack: password guessing against the sign-in. It used to check every password of a parallel burst
 * (150 sent, 150 checked), let the right password inside a burst clear the lock, tell real usernames from
 * unknown ones by "You have 3 more tries" and ACCOUNT_LOCKED, and leave a locked account's sessions
 * open. Now each attempt is reserved atomically before anything is checked (Redis rate limits, then
 * the account's own counter in one UPDATE), every answer is the same for real and unknown usernames,
 * and a lock ends the sessions.
 *
 * argon2 is watched, not replaced: every verification still runs, and the test counts them.
 */
jest.mock('argon2', () => {
  const actual = jest.requireActual<typeof import('argon2')>('argon2');
  return { ...actual, verify: jest.fn((hash: string, password: string) => actual.verify(hash, password)) };
});
const verify = argon2.verify as unknown as jest.Mock<Promise<boolean>, [string, string]>;

let db: TestDatabase;
let api: TestApi;
let trust: { id: string };

beforeAll(async () => {
  db = await createTestDatabase('sign_in_attacks');
  api = await startTestApi(db);
  trust = await aTrust(db.dataSource);
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

const SIGN_IN = 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { status token } }';
const attempt = (username: string, password: string) => api.request(SIGN_IN, { u: username, p: password });
const answer = (response: GraphQLResponse) => ({ code: response.errors?.[0]?.extensions?.code ?? 'OK', message: response.errors?.[0]?.message ?? '' });
const tally = (responses: GraphQLResponse[]) =>
  responses.map((response) => answer(response).code).reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});

/** The passwords argon2 checked since the last mockClear: against this person's hash, or against another (the decoy). */
async function checkedHashes(userId: string): Promise<{ own: number; decoy: number }> {
  const [{ password_hash }] = await db.dataSource.query('SELECT password_hash FROM portal_user WHERE id = $1', [userId]);
  const own = verify.mock.calls.filter(([hash]) => hash === password_hash).length;
  return { own, decoy: verify.mock.calls.length - own };
}

/** argon2's cost parameters of a hash (`$argon2id$v=19$m=65536,t=3,p=4$...`): the work a verification does. */
const costOf = (hash: string) => hash.split('$').slice(1, 4).join('$');

describe('parallel bursts', () => {
  it('checks exactly ten passwords of a burst of 150, however many are sent at once', async () => {
    const victim = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    verify.mockClear();
    const responses = await Promise.all(Array.from({ length: 150 }, (_, index) => attempt(victim.username, `guess number ${index}`)));
    expect(tally(responses)).toEqual({ UNAUTHENTICATED: MAX_FAILED_SIGN_INS, TOO_MANY_ATTEMPTS: 150 - MAX_FAILED_SIGN_INS });
    const [{ failed_sign_in_count, locked }] = await db.dataSource.query(
      'SELECT failed_sign_in_count, locked_until > now() AS locked FROM portal_user WHERE id = $1',
      [victim.id],
    );
    expect({ failed_sign_in_count, locked }).toEqual({ failed_sign_in_count: MAX_FAILED_SIGN_INS, locked: true });
    // (should Redis be slow to answer, the database's counter refuses the rest, after a decoy check)
    expect((await checkedHashes(victim.id)).own).toBe(MAX_FAILED_SIGN_INS);
    // the lock ended the session the victim had open
    expect((await api.request('{ me { id } }', undefined, victim.token)).data?.me).toBeNull();
  });

  it('does not let the right password inside a burst clear the lock', async () => {
    const victim = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    verify.mockClear();
    await Promise.all(Array.from({ length: MAX_FAILED_SIGN_INS }, (_, index) => attempt(victim.username, `first wave ${index}`)));
    const burst = [...Array.from({ length: 30 }, (_, index) => `second wave ${index}`), TEST_PASSWORD, ...Array.from({ length: 30 }, (_, index) => `third wave ${index}`)];
    const responses = await Promise.all(burst.map((password) => attempt(victim.username, password)));
    expect(answer(responses[30])).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many attempts. Try again in 15 minutes' });
    expect(tally(responses)).toEqual({ TOO_MANY_ATTEMPTS: 61 });
    expect((await checkedHashes(victim.id)).own).toBe(MAX_FAILED_SIGN_INS);
    expect(answer(await attempt(victim.username, TEST_PASSWORD)).code).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('username enumeration', () => {
  it('answers a real and an unknown username alike, attempt by attempt, up to and past the lock', async () => {
    const real = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    const sequence = async (username: string) => {
      const answers = [];
      for (let index = 0; index < MAX_FAILED_SIGN_INS + 2; index += 1) answers.push(answer(await attempt(username, `wrong ${index}`)));
      return answers;
    };
    const forReal = await sequence(real.username);
    const forUnknown = await sequence('nobody.by.this.name@test.nhs.uk');
    expect(forUnknown).toEqual(forReal);
    expect(forReal.slice(0, MAX_FAILED_SIGN_INS)).toEqual(Array(MAX_FAILED_SIGN_INS).fill({ code: 'UNAUTHENTICATED', message: 'The username or password is not correct' }));
    expect(forReal.slice(MAX_FAILED_SIGN_INS)).toEqual(Array(2).fill({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many attempts. Try again in 15 minutes' }));
  });

  it('answers a parallel burst at an unknown username as one at a real username', async () => {
    const real = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    const burst = (username: string) => Promise.all(Array.from({ length: 40 }, (_, index) => attempt(username, `burst ${index}`)));
    expect(tally(await burst('nobody.else@test.nhs.uk'))).toEqual(tally(await burst(real.username)));
  });

  it('does the same argon2 work for an unknown username, a locked account, a deactivated one and a wrong password (timings only reported)', async () => {
    const real = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    const locked = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    const gone = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    // locked in the database only (as when Redis has lost its counts): the account's counter decides
    await db.dataSource.query(`UPDATE portal_user SET failed_sign_in_count = 10, locked_until = now() + interval '15 minutes' WHERE id = $1`, [locked.id]);
    await db.dataSource.query(`UPDATE portal_user SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = $1`, [gone.id]);
    const [{ password_hash: realHash }] = await db.dataSource.query('SELECT password_hash FROM portal_user WHERE id = $1', [real.id]);

    const cases: [string, string][] = [
      ['wrong password', real.username],
      ['unknown username', 'nobody.at.all@test.nhs.uk'],
      ['locked account', locked.username],
      ['deactivated account', gone.username],
    ];
    const timings: Record<string, number[]> = {};
    for (const [label, username] of cases) {
      timings[label] = [];
      for (let round = 0; round < 5; round += 1) {
        verify.mockClear();
        const started = process.hrtime.bigint();
        await attempt(username, `not it ${round}`);
        timings[label].push(Number(process.hrtime.bigint() - started) / 1e6);
        expect(verify.mock.calls).toHaveLength(1);
        expect(costOf(verify.mock.calls[0][0])).toBe(costOf(realHash));
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `Sign-in wall-clock medians (reported, not asserted): ${Object.entries(timings)
        .map(([label, values]) => `${label} ${median(values).toFixed(1)} ms`)
        .join(', ')}`,
    );
  });
});

describe('per-address limits', () => {
  it('stops guessing across many usernames from one address, and believes X-Forwarded-For only from a trusted proxy', async () => {
    const limited = await startTestApi(db, { maxFailuresPerAddress: 20 });
    try {
      const from = (forwardedFor: string | null, index: number) =>
        fetch(limited.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
          body: JSON.stringify({ query: SIGN_IN, variables: { u: `spray.${index}@test.nhs.uk`, p: 'Winter2026!' } }),
        }).then((response) => response.json() as Promise<GraphQLResponse>);
      // the portal (a trusted proxy on 127.0.0.1) forwards one browser's address
      const sprayed = [];
      for (let index = 0; index < 22; index += 1) sprayed.push(answer(await from('203.0.113.9', index)));
      expect(sprayed.slice(0, 20).every((reply) => reply.code === 'UNAUTHENTICATED')).toBe(true);
      expect(sprayed.slice(20)).toEqual(Array(2).fill({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many attempts. Try again in 15 minutes' }));
      // another browser behind the same portal is not held up by it
      expect(answer(await from('198.51.100.4', 99)).code).toBe('UNAUTHENTICATED');
      // only the hop the proxy added counts: an address the client wrote further left does not
      expect(answer(await from('198.51.100.200, 203.0.113.9', 100)).code).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await limited.close();
    }
  });

  it('does not hold back an address that many people of one trust sign in from, second factor and all', async () => {
    const limited = await startTestApi(db, { maxFailuresPerAddress: 3 });
    try {
      for (let index = 0; index < 5; index += 1) {
        await expect(limited.aPortalUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR')).resolves.toMatchObject({ token: expect.any(String) });
      }
    } finally {
      await limited.close();
    }
  });

  it('keeps only hashes of usernames in Redis', async () => {
    const redis = redisConnection(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 'worker');
    const keys = await redis.keys('*sign-in:username*').finally(() => redis.disconnect());
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((key) => key.includes('@'))).toBe(false);
    expect(keys.some((key) => key.endsWith(hashSecret('nobody.at.all@test.nhs.uk')))).toBe(true);
  });
});
