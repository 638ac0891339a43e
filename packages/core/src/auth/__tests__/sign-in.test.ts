import { randomBytes } from 'node:crypto';
import {
  completeSignIn,
  confirmMfaEnrolment,
  MAX_FAILED_SIGN_INS,
  signIn,
  SignInThrottle,
  startMfaEnrolment,
  totpCode,
  actorForSessionToken,
} from '@staff-passport/core';
import { aPerson, aTrust, createTestDatabase, PERSON_PASSWORD, PERSON_TOTP_SECRET, signInContext, type TestDatabase } from '@staff-passport/core/testing';
import { reserveAttempt } from '../sign-in.service';

let db: TestDatabase;
let trust: { id: string };

beforeAll(async () => {
  db = await createTestDatabase('sign_in');
  trust = await aTrust(db.dataSource);
});
afterAll(() => db.drop());

const failedCount = async (id: string): Promise<number> =>
  (await db.dataSource.query('SELECT failed_sign_in_count AS count FROM portal_user WHERE id = $1', [id]))[0].count;
const sessionsOf = async (id: string): Promise<number> =>
  Number((await db.dataSource.query('SELECT count(*) AS count FROM portal_session WHERE portal_user_id = $1', [id]))[0].count);

/** Codes of the steps around `at`: what an authenticator app shows 30 s apart. */
const codeAt = (at: Date, steps = 0) => totpCode(PERSON_TOTP_SECRET, new Date(at.getTime() + steps * 30_000));

describe('two steps (rule 7): the session exists only after the second factor', () => {
  it('signs a Portal Administrator of a trust that does not ask for a second factor in with the password alone', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    const outcome = await signIn(signInContext(db), person.username, PERSON_PASSWORD);
    expect(outcome.status).toBe('SIGNED_IN');
    if (outcome.status !== 'SIGNED_IN') return;
    expect(await actorForSessionToken(db.dataSource.manager, outcome.token)).toMatchObject({ id: person.id, role: 'PORTAL_ADMINISTRATOR' });
  });

  it('asks a Senior Portal Administrator for a code, and opens a session only then', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const context = signInContext(db);
    const first = await signIn(context, person.username, PERSON_PASSWORD);
    expect(first.status).toBe('MFA_REQUIRED');
    expect(await sessionsOf(person.id)).toBe(0);
    if (first.status === 'SIGNED_IN') return;
    // the challenge is not a session: it reads nothing
    expect(await actorForSessionToken(db.dataSource.manager, first.challengeToken)).toBeNull();
    const session = await completeSignIn(context, first.challengeToken, codeAt(new Date()));
    expect(await actorForSessionToken(db.dataSource.manager, session.token)).toMatchObject({ id: person.id });
    // and it works once
    await expect(completeSignIn(context, first.challengeToken, codeAt(new Date(), 1))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a challenge after its five minutes', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const started = new Date();
    const first = await signIn(signInContext(db), person.username, PERSON_PASSWORD, started);
    if (first.status === 'SIGNED_IN') throw new Error('expected a challenge');
    const later = new Date(started.getTime() + 5 * 60_000 + 1000);
    await expect(completeSignIn(signInContext(db), first.challengeToken, codeAt(later), later)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Your sign-in has timed out. Sign in again',
    });
  });

  it('refuses a TOTP code whose time step was used already (replay), and an earlier one', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const now = new Date();
    const signInWith = async (code: string) => {
      const first = await signIn(signInContext(db), person.username, PERSON_PASSWORD, now);
      if (first.status === 'SIGNED_IN') throw new Error('expected a challenge');
      return completeSignIn(signInContext(db), first.challengeToken, code, now);
    };
    await signInWith(codeAt(now));
    await expect(signInWith(codeAt(now))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    await expect(signInWith(codeAt(now, -1))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    // the next step's code is new, and accepted
    await expect(signInWith(codeAt(now, 1))).resolves.toMatchObject({ token: expect.any(String) });
  });

  it('lets the same code through only once when two sign-ins race with it', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const now = new Date();
    const challenges = await Promise.all([0, 1, 2, 3].map(() => signIn(signInContext(db), person.username, PERSON_PASSWORD, now)));
    const results = await Promise.allSettled(
      challenges.map((challenge) => completeSignIn(signInContext(db), (challenge as { challengeToken: string }).challengeToken, codeAt(now), now)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('enrolment at first sign-in', () => {
  it('offers a secret and QR code, confirms it with a code, and answers ten recovery codes that each work once', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
    const context = signInContext(db);
    const first = await signIn(context, person.username, PERSON_PASSWORD);
    expect(first.status).toBe('MFA_ENROLMENT_REQUIRED');
    if (first.status === 'SIGNED_IN') return;
    await expect(completeSignIn(context, first.challengeToken, '123456')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const enrolment = await startMfaEnrolment(context, first.challengeToken);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUrl).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    await expect(confirmMfaEnrolment(context, first.challengeToken, '000000')).rejects.toMatchObject({ field: 'code' });
    const confirmed = await confirmMfaEnrolment(context, first.challengeToken, totpCode(enrolment.secret));
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    expect(await actorForSessionToken(db.dataSource.manager, confirmed.token)).toMatchObject({ id: person.id });
    const stored: { code_hash: string }[] = await db.dataSource.query('SELECT code_hash FROM portal_user_recovery_code WHERE portal_user_id = $1', [person.id]);
    expect(stored.map((row) => row.code_hash)).not.toContain(confirmed.recoveryCodes[0]);

    const withRecoveryCode = async (code: string) => {
      const next = await signIn(signInContext(db), person.username, PERSON_PASSWORD);
      expect(next.status).toBe('MFA_REQUIRED');
      return completeSignIn(signInContext(db), (next as { challengeToken: string }).challengeToken, code);
    };
    await expect(withRecoveryCode(confirmed.recoveryCodes[3].toLowerCase())).resolves.toMatchObject({ token: expect.any(String) });
    await expect(withRecoveryCode(confirmed.recoveryCodes[3])).rejects.toMatchObject({ field: 'code', message: expect.stringContaining('recovery code') });
    const [{ after }] = await db.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'portal-user.recovery-code-used' AND entity_id = $1`,
      [person.id],
    );
    expect(after).toEqual({ recoveryCodesLeft: 9 });
  });
});

describe('the atomic lockout (rule 8)', () => {
  it('reserves no more than ten attempts of a run, however many are sent at once', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    const now = new Date();
    const reserved = await Promise.all(Array.from({ length: 40 }, () => reserveAttempt(db.dataSource.manager, person.id, now)));
    expect(reserved.filter((attempt) => attempt.attemptsInRun > 0).map((attempt) => attempt.attemptsInRun).sort((a, b) => a - b)).toEqual(
      Array.from({ length: MAX_FAILED_SIGN_INS }, (_, index) => index + 1),
    );
    expect(await failedCount(person.id)).toBe(MAX_FAILED_SIGN_INS);
    // once the lock has run out, a new run starts
    const later = new Date(now.getTime() + 15 * 60_000 + 1);
    expect((await reserveAttempt(db.dataSource.manager, person.id, later)).attemptsInRun).toBe(1);
  });

  it('counts wrong codes with wrong passwords, and ends every session at the lock', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const throttle = new SignInThrottle({ redis: null });
    const context = signInContext(db, { throttle });
    const now = new Date();
    const first = await signIn(context, person.username, PERSON_PASSWORD, now);
    const open = await completeSignIn(context, (first as { challengeToken: string }).challengeToken, codeAt(now), now);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expect(signIn(context, person.username, 'not the password', now)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const challenge = await signIn(context, person.username, PERSON_PASSWORD, now);
    const token = (challenge as { challengeToken: string }).challengeToken;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await expect(completeSignIn(context, token, '000000', now)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(await failedCount(person.id)).toBe(9);
    expect(await actorForSessionToken(db.dataSource.manager, open.token, now)).not.toBeNull();
    await expect(completeSignIn(context, token, '000000', now)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await failedCount(person.id)).toBe(10);
    expect(await sessionsOf(person.id)).toBe(0);
    await expect(signIn(context, person.username, PERSON_PASSWORD, now)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
  });

  it('gives a deactivated person, and a person of a deactivated trust, the answer a wrong password gets', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    await db.dataSource.query(`UPDATE portal_user SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = $1`, [person.id]);
    await expect(signIn(signInContext(db), person.username, PERSON_PASSWORD)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'The username or password is not correct',
    });
    const other = await aTrust(db.dataSource);
    const member = await aPerson(db.dataSource, other.id, 'PORTAL_ADMINISTRATOR');
    await db.dataSource.query(`UPDATE organisation SET status = 'DEACTIVATED', deactivated_at = now() WHERE id = $1`, [other.id]);
    await expect(signIn(signInContext(db), member.username, PERSON_PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('demo secrets in production', () => {
  it('refuses a second factor kept with another environment’s key (the published demo secrets under a production key)', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const production = { ...signInContext(db), mfaEncryptionKey: randomBytes(32) };
    const first = await signIn(production, person.username, PERSON_PASSWORD);
    if (first.status === 'SIGNED_IN') throw new Error('expected a challenge');
    await expect(completeSignIn(production, first.challengeToken, codeAt(new Date()))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await sessionsOf(person.id)).toBe(0);
  });
});
