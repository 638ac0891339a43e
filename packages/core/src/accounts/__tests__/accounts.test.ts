import {
  acceptInvitation,
  actorForSessionToken,
  changePassword,
  changePortalUserRole,
  completeSignIn,
  deactivatePortalUser,
  findPortalUser,
  invitationByToken,
  invitePortalUser,
  listPortalUsers,
  passwordResetLinkByToken,
  reactivatePortalUser,
  requestPasswordReset,
  resendInvitation,
  resetPassword,
  resetPortalUserMfa,
  revokeInvitation,
  setPortalAdministratorMfaRequired,
  signIn,
  signOutEverywhere,
  totpCode,
} from '@staff-passport/core';
import {
  aPerson,
  aTrust,
  createTestDatabase,
  deliverPendingAccountEmails,
  PERSON_PASSWORD,
  PERSON_TOTP_SECRET,
  signInContext,
  type TestDatabase,
} from '@staff-passport/core/testing';

let db: TestDatabase;
let trust: { id: string; odsCode: string };
let senior: Awaited<ReturnType<typeof aPerson>>;

beforeAll(async () => {
  db = await createTestDatabase('accounts');
  trust = await aTrust(db.dataSource);
  senior = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true, displayName: 'Sam Senior' });
});
afterAll(() => db.drop());

const NEW_PASSWORD = 'correct horse battery staple';
const HOUR = 3600_000;

/** A session of `person`, signed in with password and, when they have one, their authenticator app. */
async function sessionOf(username: string, password = PERSON_PASSWORD, at = new Date()): Promise<string> {
  const first = await signIn(signInContext(db), username, password, at);
  if (first.status === 'SIGNED_IN') return first.token;
  return (await completeSignIn(signInContext(db), first.challengeToken, totpCode(PERSON_TOTP_SECRET, at), at)).token;
}

async function invite(email: string, role: 'SENIOR_PORTAL_ADMINISTRATOR' | 'PORTAL_ADMINISTRATOR' = 'PORTAL_ADMINISTRATOR') {
  return invitePortalUser(db.commands, senior.actor, { displayName: 'Ivy Invitee', email, role });
}

describe('invitations', () => {
  it('invites by email with a single-use link valid for 72 hours from its email, then asks for a second factor when the role needs one', async () => {
    const invited = await invite('Ivy.Invitee@Test.NHS.uk', 'SENIOR_PORTAL_ADMINISTRATOR');
    expect(invited).toMatchObject({ username: 'ivy.invitee@test.nhs.uk', status: 'INVITED', role: 'SENIOR_PORTAL_ADMINISTRATOR', invitation: { sentAt: null } });
    const sentAt = new Date();
    const [email] = (await deliverPendingAccountEmails(db.dataSource, sentAt)).filter((sent) => sent.to === 'ivy.invitee@test.nhs.uk');
    expect(email).toMatchObject({ kind: 'INVITATION', trust: { odsCode: trust.odsCode }, details: { by: 'Sam Senior' }, link: { path: '/accept-invitation' } });
    expect(email.link!.expiresAt.getTime() - sentAt.getTime()).toBe(72 * HOUR);
    // only its hash is kept
    const [{ token_hash }] = await db.dataSource.query('SELECT token_hash FROM portal_user_invitation WHERE portal_user_id = $1', [invited.id]);
    expect(token_hash).not.toContain(email.link!.token);

    expect(await invitationByToken(db.dataSource.manager, email.link!.token)).toMatchObject({ email: 'ivy.invitee@test.nhs.uk', trust: { odsCode: trust.odsCode } });
    await expect(acceptInvitation(signInContext(db), email.link!.token, 'password1234')).rejects.toMatchObject({ field: 'password', message: expect.stringContaining('harder to guess') });
    await expect(acceptInvitation(signInContext(db), email.link!.token, 'Ivy Invitee 1')).rejects.toMatchObject({ field: 'password' });
    const accepted = await acceptInvitation(signInContext(db), email.link!.token, NEW_PASSWORD);
    expect(accepted.status).toBe('MFA_ENROLMENT_REQUIRED');
    await expect(acceptInvitation(signInContext(db), email.link!.token, NEW_PASSWORD)).rejects.toMatchObject({ field: 'token' });
    expect(await invitationByToken(db.dataSource.manager, email.link!.token)).toBeNull();
    const [{ action }] = await db.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [invited.id]);
    expect(action).toBe('portal-user.invitation-accepted');
  });

  it('refuses a link once its 72 hours have passed', async () => {
    await invite('late.comer@test.nhs.uk');
    const sentAt = new Date();
    const [email] = (await deliverPendingAccountEmails(db.dataSource, sentAt)).filter((sent) => sent.to === 'late.comer@test.nhs.uk');
    const tooLate = new Date(sentAt.getTime() + 72 * HOUR + 1000);
    expect(await invitationByToken(db.dataSource.manager, email.link!.token, tooLate)).toBeNull();
    await expect(acceptInvitation(signInContext(db), email.link!.token, NEW_PASSWORD, tooLate)).rejects.toMatchObject({ field: 'token' });
    // a Portal Administrator of a trust that does not ask for a second factor is signed in on accepting
    expect((await acceptInvitation(signInContext(db), email.link!.token, NEW_PASSWORD, new Date(sentAt.getTime() + 71 * HOUR))).status).toBe('SIGNED_IN');
  });

  it('stops the earlier link when the invitation is sent again, and every link when it is withdrawn', async () => {
    const invited = await invite('sent.twice@test.nhs.uk');
    const [first] = await deliverPendingAccountEmails(db.dataSource);
    await resendInvitation(db.commands, senior.actor, invited.id);
    expect(await invitationByToken(db.dataSource.manager, first.link!.token)).toBeNull();
    const [second] = await deliverPendingAccountEmails(db.dataSource);
    expect(second.link!.token).not.toBe(first.link!.token);
    expect(await invitationByToken(db.dataSource.manager, second.link!.token)).not.toBeNull();
    const revoked = await revokeInvitation(db.commands, senior.actor, invited.id);
    expect(revoked.status).toBe('DEACTIVATED');
    await expect(acceptInvitation(signInContext(db), second.link!.token, NEW_PASSWORD)).rejects.toMatchObject({ field: 'token' });
  });

  it('refuses an email address that already belongs to a portal user', async () => {
    await expect(invite(senior.email)).rejects.toMatchObject({ field: 'email' });
  });
});

describe('managing portal users', () => {
  it('lists the trust’s users with their role, status and second factor', async () => {
    const page = await listPortalUsers(db.dataSource.manager, senior.actor, null, null);
    expect(page.nodes.find((user) => user.id === senior.id)).toMatchObject({ role: 'SENIOR_PORTAL_ADMINISTRATOR', status: 'ACTIVE', mfaEnrolled: true, mfaRequired: true });
  });

  it('finds one of the trust’s users by id, and answers any other id, another trust’s user included, with nothing', async () => {
    const invited = await invite('finn.found@test.nhs.uk');
    expect(await findPortalUser(db.dataSource.manager, senior.actor, invited.id)).toMatchObject({ displayName: 'Ivy Invitee', status: 'INVITED', role: 'PORTAL_ADMINISTRATOR' });
    const other = await aTrust(db.dataSource);
    const stranger = await aPerson(db.dataSource, other.id, 'PORTAL_ADMINISTRATOR');
    expect(await findPortalUser(db.dataSource.manager, senior.actor, stranger.id)).toBeNull();
    expect(await findPortalUser(db.dataSource.manager, senior.actor, 'not-a-uuid')).toBeNull();
    const portalAdmin = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    await expect(findPortalUser(db.dataSource.manager, portalAdmin.actor, invited.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('never lets anybody change their own role or deactivate themselves', async () => {
    await expect(changePortalUserRole(db.commands, senior.actor, senior.id, 'PORTAL_ADMINISTRATOR')).rejects.toMatchObject({ field: 'portalUserId' });
    await expect(deactivatePortalUser(db.commands, senior.actor, senior.id)).rejects.toMatchObject({ field: 'portalUserId' });
  });

  it('answers another trust’s user as an unknown id', async () => {
    const other = await aTrust(db.dataSource);
    const stranger = await aPerson(db.dataSource, other.id, 'PORTAL_ADMINISTRATOR');
    await expect(deactivatePortalUser(db.commands, senior.actor, stranger.id)).rejects.toMatchObject({
      field: 'portalUserId',
      message: 'No portal user with that id in your organisation',
    });
  });

  it('ends a deactivated person’s sessions at once, tells them, and lets them back in when reactivated', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    const token = await sessionOf(person.username);
    await deactivatePortalUser(db.commands, senior.actor, person.id);
    expect(await actorForSessionToken(db.dataSource.manager, token)).toBeNull();
    expect((await db.dataSource.query('SELECT count(*)::int AS n FROM portal_session WHERE portal_user_id = $1', [person.id]))[0].n).toBe(0);
    await expect(sessionOf(person.username)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await deliverPendingAccountEmails(db.dataSource)).map((email) => [email.kind, email.to])).toContainEqual(['ACCOUNT_DEACTIVATED', person.email]);
    expect((await reactivatePortalUser(db.commands, senior.actor, person.id)).status).toBe('ACTIVE');
    await expect(sessionOf(person.username)).resolves.toEqual(expect.any(String));
  });

  it('keeps at least one active Senior Portal Administrator', async () => {
    const lone = await aTrust(db.dataSource);
    const only = await aPerson(db.dataSource, lone.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const second = await aPerson(db.dataSource, lone.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    await changePortalUserRole(db.commands, only.actor, second.id, 'PORTAL_ADMINISTRATOR');
    // `only` is now the last one: demoting them is refused (here by a caller still holding the senior role)
    await expect(changePortalUserRole(db.commands, second.actor, only.id, 'PORTAL_ADMINISTRATOR')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await deliverPendingAccountEmails(db.dataSource)).map((email) => [email.kind, email.to, email.details.previousRole])).toContainEqual([
      'ROLE_CHANGED',
      second.email,
      'SENIOR_PORTAL_ADMINISTRATOR',
    ]);
  });

  it('resets someone’s second factor: their sessions end, they enrol again, and they are told', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const token = await sessionOf(person.username);
    expect((await resetPortalUserMfa(db.commands, senior.actor, person.id)).mfaEnrolled).toBe(false);
    expect(await actorForSessionToken(db.dataSource.manager, token)).toBeNull();
    expect((await signIn(signInContext(db), person.username, PERSON_PASSWORD)).status).toBe('MFA_ENROLMENT_REQUIRED');
    expect((await deliverPendingAccountEmails(db.dataSource)).map((email) => [email.kind, email.to])).toContainEqual(['MFA_RESET', person.email]);
    const [{ actor_name }] = await db.dataSource.query(`SELECT actor_name FROM audit_event WHERE action = 'portal-user.mfa-reset' AND entity_id = $1`, [person.id]);
    expect(actor_name).toBe('Sam Senior');
  });

  it('asks Portal Administrators for a second factor when the trust says so, ending the sessions of those without one', async () => {
    const strict = await aTrust(db.dataSource);
    const boss = await aPerson(db.dataSource, strict.id, 'SENIOR_PORTAL_ADMINISTRATOR', { totp: true });
    const person = await aPerson(db.dataSource, strict.id, 'PORTAL_ADMINISTRATOR');
    const token = await sessionOf(person.username);
    expect((await setPortalAdministratorMfaRequired(db.commands, boss.actor, true)).portalAdministratorMfaRequired).toBe(true);
    expect(await actorForSessionToken(db.dataSource.manager, token)).toBeNull();
    expect((await signIn(signInContext(db), person.username, PERSON_PASSWORD)).status).toBe('MFA_ENROLMENT_REQUIRED');
  });
});

describe('passwords', () => {
  it('changes a password, ending every other session but this one', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    const here = await sessionOf(person.username);
    const elsewhere = await sessionOf(person.username);
    await expect(changePassword(signInContext(db), person.actor, here, 'wrong', NEW_PASSWORD)).rejects.toMatchObject({ field: 'currentPassword' });
    await expect(changePassword(signInContext(db), person.actor, here, PERSON_PASSWORD, 'short')).rejects.toMatchObject({ field: 'newPassword' });
    await changePassword(signInContext(db), person.actor, here, PERSON_PASSWORD, NEW_PASSWORD);
    expect(await actorForSessionToken(db.dataSource.manager, here)).not.toBeNull();
    expect(await actorForSessionToken(db.dataSource.manager, elsewhere)).toBeNull();
    await expect(sessionOf(person.username, NEW_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('answers a reset request the same whether or not the address has an account, and emails only a real one', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    await deliverPendingAccountEmails(db.dataSource);
    expect(await requestPasswordReset(db.commands, 'nobody.at.all@test.nhs.uk')).toBe(true);
    expect(await requestPasswordReset(db.commands, person.email.toUpperCase())).toBe(true);
    const sent = await deliverPendingAccountEmails(db.dataSource);
    expect(sent.map((email) => [email.kind, email.to])).toEqual([['PASSWORD_RESET', person.email]]);
  });

  it('resets a password with a link that works once, within an hour, ending every session', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    const token = await sessionOf(person.username);
    await requestPasswordReset(db.commands, person.email);
    await requestPasswordReset(db.commands, person.email);
    const sentAt = new Date();
    const [older, newer] = (await deliverPendingAccountEmails(db.dataSource, sentAt)).filter((email) => email.to === person.email);
    expect(newer.link!.expiresAt.getTime() - sentAt.getTime()).toBe(HOUR);
    await expect(resetPassword(signInContext(db), newer.link!.token, NEW_PASSWORD, new Date(sentAt.getTime() + HOUR + 1000))).rejects.toMatchObject({ field: 'token' });
    await resetPassword(signInContext(db), newer.link!.token, NEW_PASSWORD);
    expect(await actorForSessionToken(db.dataSource.manager, token)).toBeNull();
    await expect(resetPassword(signInContext(db), newer.link!.token, 'another good passphrase here')).rejects.toMatchObject({ field: 'token' });
    // using one link closes the others
    await expect(resetPassword(signInContext(db), older.link!.token, 'another good passphrase here')).rejects.toMatchObject({ field: 'token' });
    await expect(sessionOf(person.username, NEW_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('says a reset link works exactly while resetPassword would take it', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    await requestPasswordReset(db.commands, person.email);
    await requestPasswordReset(db.commands, person.email);
    const sentAt = new Date();
    const [older, newer] = (await deliverPendingAccountEmails(db.dataSource, sentAt)).filter((email) => email.to === person.email);
    const works = (token: string, at?: Date) => passwordResetLinkByToken(db.dataSource.manager, token, at);
    expect(await works(newer.link!.token)).toEqual({ expiresAt: newer.link!.expiresAt });
    expect(await works(` ${newer.link!.token} `)).not.toBeNull();
    expect(await works(newer.link!.token, new Date(sentAt.getTime() + HOUR + 1000))).toBeNull();
    expect(await works('a-token-nobody-was-sent')).toBeNull();
    await resetPassword(signInContext(db), newer.link!.token, NEW_PASSWORD);
    expect(await works(newer.link!.token)).toBeNull();
    expect(await works(older.link!.token)).toBeNull();

    const leaver = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    await requestPasswordReset(db.commands, leaver.email);
    const link = (await deliverPendingAccountEmails(db.dataSource)).find((email) => email.to === leaver.email)!.link!;
    await deactivatePortalUser(db.commands, senior.actor, leaver.actor.id);
    expect(await works(link.token)).toBeNull();
  });

  it('signs out of every device', async () => {
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    const sessions = [await sessionOf(person.username), await sessionOf(person.username)];
    expect(await signOutEverywhere(db.commands, person.actor)).toBe(2);
    for (const token of sessions) expect(await actorForSessionToken(db.dataSource.manager, token)).toBeNull();
  });
});
