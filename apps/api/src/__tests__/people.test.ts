import { totpCode } from '@staff-passport/core';
import { aTrust, createTestDatabase, deliverPendingAccountEmails, type TestDatabase } from '@staff-passport/core/testing';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../testing/test-api';

/** Rule 7 through the API, as the portal will drive it: people, their second factor, and two admins at once. */

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = await createTestDatabase('people_api');
  api = await startTestApi(db);
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

const DEMOTE = 'mutation ($id: ID!) { changePortalUserRole(portalUserId: $id, role: PORTAL_ADMINISTRATOR) { id role } }';
const DEACTIVATE = 'mutation ($id: ID!) { deactivatePortalUser(portalUserId: $id) { id status } }';

describe('the last Senior Portal Administrator', () => {
  it.each([
    ['demote', DEMOTE],
    ['deactivate', DEACTIVATE],
  ])('lets exactly one of two seniors %s the other when both act at the same moment', async (_, mutation) => {
    const trust = await aTrust(db.dataSource);
    const first = await api.aPortalUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
    const second = await api.aPortalUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
    // The trust's row is held while both requests arrive, so both are past their own checks (each a
    // senior, each target a senior) and waiting at the same moment, whatever the machine's load.
    const holder = db.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE', [trust.id]);
    const pending = Promise.all([
      api.request(mutation, { id: second.id }, first.token),
      api.request(mutation, { id: first.id }, second.token),
    ]);
    try {
      for (let waiting = 0; waiting < 2; ) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        [{ waiting }] = await db.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    const answers = await pending;
    const succeeded = answers.filter((answer) => !answer.errors);
    const refused = answers.filter((answer) => answer.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused[0].errors![0]).toMatchObject({
      message: expect.stringContaining('only active Senior Portal Administrator'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const [{ seniors }] = await db.dataSource.query(
      `SELECT count(*)::int AS seniors FROM portal_user WHERE organisation_id = $1 AND role = 'SENIOR_PORTAL_ADMINISTRATOR' AND status = 'ACTIVE'`,
      [trust.id],
    );
    expect(seniors).toBe(1);
  });
});

describe('a whole journey', () => {
  it('registers a trust, its first Senior Portal Administrator accepts, sets up MFA, and invites a colleague', async () => {
    const national = await api.signedInUser(null, 'NATIONAL_ADMINISTRATOR');
    const registered = await api.request<{ registerTrust: { id: string; odsCode: string; awaitingFirstAdministrator: boolean } }>(
      `mutation ($input: RegisterTrustInput!) { registerTrust(input: $input) { id odsCode awaitingFirstAdministrator } }`,
      {
        input: {
          odsCode: 'RQ9',
          name: 'Quayside NHS Trust',
          contacts: [
            { role: 'PRIMARY_CONTACT', name: 'Pat Primary', email: 'pat@quayside.nhs.uk', phone: '01632 960 200' },
            { role: 'HR_SUPPORT', name: 'Hana Hr', email: 'hana@quayside.nhs.uk', phone: '01632 960 201' },
            { role: 'MEDICAL_HR_SUPPORT', name: 'Mo Medic', email: 'mo@quayside.nhs.uk', phone: '01632 960 202' },
            { role: 'INFORMATION_GOVERNANCE', name: 'Ian Gov', email: 'ig@quayside.nhs.uk', phone: '01632 960 203' },
            { role: 'DATA_PROTECTION_OFFICER', name: 'Dee Protect', email: 'dpo@quayside.nhs.uk', phone: '01632 960 204' },
            { role: 'HR_TEAM', name: 'HR team', email: 'hr@quayside.nhs.uk' },
            { role: 'OCCUPATIONAL_HEALTH_TEAM', name: 'OH team', email: 'oh@quayside.nhs.uk' },
            { role: 'EDUCATION_AND_TRAINING_TEAM', name: 'E&T team', email: 'et@quayside.nhs.uk' },
          ],
          firstSeniorAdministrator: { name: 'Quinn First', email: 'quinn.first@quayside.nhs.uk' },
        },
      },
      national,
    );
    expect(registered.data?.registerTrust).toMatchObject({ odsCode: 'RQ9', awaitingFirstAdministrator: true });
    // the national administrator reads none of its settings
    expect((await api.request('{ organisation { name } }', undefined, national)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const invitation = (await deliverPendingAccountEmails(db.dataSource)).find((email) => email.to === 'quinn.first@quayside.nhs.uk');
    const token = invitation!.link!.token;
    expect((await api.request<{ invitation: { email: string; trust: { name: string } } }>('query ($t: String!) { invitation(token: $t) { email trust { name } } }', { t: token })).data?.invitation).toEqual({
      email: 'quinn.first@quayside.nhs.uk',
      trust: { name: 'Quayside NHS Trust' },
    });
    const accepted = await api.request<{ acceptInvitation: { status: string; token: string | null; challengeToken: string } }>(
      'mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { status token challengeToken } }',
      { t: token, p: 'quayside harbour lantern' },
    );
    expect(accepted.data?.acceptInvitation).toMatchObject({ status: 'MFA_ENROLMENT_REQUIRED', token: null });
    const challenge = accepted.data!.acceptInvitation.challengeToken;
    const enrolment = await api.request<{ startMfaEnrolment: { secret: string; qrCodeSvg: string; accountName: string } }>(
      'mutation ($c: String!) { startMfaEnrolment(challengeToken: $c) { secret qrCodeSvg accountName } }',
      { c: challenge },
    );
    expect(enrolment.data?.startMfaEnrolment.accountName).toBe('quinn.first@quayside.nhs.uk');
    const confirmed = await api.request<{ confirmMfaEnrolment: { session: { status: string; token: string; viewer: { displayName: string; canManagePortalUsers: boolean } }; recoveryCodes: string[] } }>(
      'mutation ($c: String!, $code: String!) { confirmMfaEnrolment(challengeToken: $c, code: $code) { session { status token viewer { displayName canManagePortalUsers } } recoveryCodes } }',
      { c: challenge, code: totpCode(enrolment.data!.startMfaEnrolment.secret) },
    );
    const session = confirmed.data!.confirmMfaEnrolment.session;
    expect(session).toMatchObject({ status: 'SIGNED_IN', viewer: { displayName: 'Quinn First', canManagePortalUsers: true } });
    expect(confirmed.data!.confirmMfaEnrolment.recoveryCodes).toHaveLength(10);

    const invited = await api.request<{ invitePortalUser: { id: string; status: string; invitation: { emailStatus: string } } }>(
      'mutation { invitePortalUser(input: { displayName: "Casey Colleague", email: "casey@quayside.nhs.uk", role: PORTAL_ADMINISTRATOR }) { id status invitation { emailStatus } } }',
      undefined,
      session.token,
    );
    expect(invited.data?.invitePortalUser).toMatchObject({ status: 'INVITED', invitation: { emailStatus: 'PENDING' } });
    const users = await api.request<{ portalUsers: { nodes: { displayName: string; status: string; mfaEnrolled: boolean }[] } }>(
      '{ portalUsers { nodes { displayName status mfaEnrolled } } }',
      undefined,
      session.token,
    );
    expect(users.data?.portalUsers.nodes).toEqual([
      { displayName: 'Casey Colleague', status: 'INVITED', mfaEnrolled: false },
      { displayName: 'Quinn First', status: 'ACTIVE', mfaEnrolled: true },
    ]);
    const trusts = await api.request<{ trusts: { nodes: { odsCode: string; awaitingFirstAdministrator: boolean; activeSeniorAdministrators: number }[] } }>(
      '{ trusts(filter: { search: "quay" }) { nodes { odsCode awaitingFirstAdministrator activeSeniorAdministrators } } }',
      undefined,
      national,
    );
    expect(trusts.data?.trusts.nodes).toEqual([{ odsCode: 'RQ9', awaitingFirstAdministrator: false, activeSeniorAdministrators: 1 }]);
  });

  it('stops a deactivated trust’s sessions and keys at once', async () => {
    const trust = await aTrust(db.dataSource);
    const national = await api.signedInUser(null, 'NATIONAL_ADMINISTRATOR');
    const senior = await api.signedInUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
    const key = await api.apiKey(trust.odsCode, ['settings:read']);
    expect((await api.request('mutation ($id: ID!) { deactivateTrust(id: $id) { status } }', { id: trust.id }, national)).data).toEqual({ deactivateTrust: { status: 'DEACTIVATED' } });
    for (const token of [senior, key]) {
      expect((await api.request('{ organisation { name } }', undefined, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers a password reset request the same for an unknown address as for a real one', async () => {
    const trust = await aTrust(db.dataSource);
    const { username } = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    const ask = (email: string) => api.request('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    expect(await ask(username)).toEqual(await ask('nobody.known@quayside.nhs.uk'));
    expect((await ask(username)).data).toEqual({ requestPasswordReset: true });
  });

  it('tells the reset page whether a link still works: until it is used, and never for a token it did not send', async () => {
    const trust = await aTrust(db.dataSource);
    const { username } = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    await api.request('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: username });
    const link = (await deliverPendingAccountEmails(db.dataSource)).find((email) => email.to === username)!.link!;
    const LINK = 'query ($t: String!) { passwordResetLink(token: $t) { expiresAt } }';
    expect((await api.request(LINK, { t: link.token })).data).toEqual({ passwordResetLink: { expiresAt: link.expiresAt.toISOString() } });
    expect((await api.request(LINK, { t: 'not-a-token-we-sent' })).data).toEqual({ passwordResetLink: null });
    const reset = await api.request('mutation ($t: String!) { resetPassword(token: $t, newPassword: "quayside harbour lantern") }', { t: link.token });
    expect(reset.data).toEqual({ resetPassword: true });
    expect((await api.request(LINK, { t: link.token })).data).toEqual({ passwordResetLink: null });
  });

  it('tells a portal user their own account details, and an API client none of a person’s', async () => {
    const trust = await aTrust(db.dataSource);
    const { username, token } = await api.aPortalUser(trust.id, 'SENIOR_PORTAL_ADMINISTRATOR');
    const ACCOUNT = '{ me { username email role mfaEnrolled } }';
    expect((await api.request(ACCOUNT, undefined, token)).data).toEqual({
      me: { username, email: username, role: 'SENIOR_PORTAL_ADMINISTRATOR', mfaEnrolled: true },
    });
    const key = await api.apiKey(trust.odsCode, ['settings:read']);
    expect((await api.request(ACCOUNT, undefined, key)).data).toEqual({ me: { username: null, email: null, role: null, mfaEnrolled: null } });
  });

  it('signs a Portal Administrator whose trust asks for no second factor in with the password alone', async () => {
    const trust = await aTrust(db.dataSource);
    const { username } = await api.aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR');
    const response = await api.request<{ signIn: { status: string; viewer: { role: string } } }>(
      'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { status viewer { role } } }',
      { u: username, p: TEST_PASSWORD },
    );
    expect(response.data?.signIn).toEqual({ status: 'SIGNED_IN', viewer: { role: 'PORTAL_ADMINISTRATOR' } });
  });
});
