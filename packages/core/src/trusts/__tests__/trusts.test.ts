import {
  actorForApiKey,
  actorForSessionToken,
  createApiClient,
  deactivateTrust,
  listAuditEvents,
  listTrusts,
  reactivateTrust,
  registerTrust,
  resendTrustInvitation,
  signIn,
  type RegisterTrustInput,
} from '@staff-passport/core';
import {
  aNationalAdministrator,
  aPerson,
  aPortalUser,
  createTestDatabase,
  deliverPendingAccountEmails,
  PERSON_PASSWORD,
  signInContext,
  type TestDatabase,
} from '@staff-passport/core/testing';

let db: TestDatabase;
const national = aNationalAdministrator();

beforeAll(async () => {
  db = await createTestDatabase('trusts');
});
afterAll(() => db.drop());

function registration(odsCode: string, overrides: Partial<RegisterTrustInput> = {}): RegisterTrustInput {
  const domain = `${odsCode.toLowerCase()}.nhs.uk`;
  return {
    odsCode,
    name: `${odsCode} Teaching Hospitals NHS Trust`,
    contacts: [
      { role: 'PRIMARY_CONTACT', name: 'Pat Primary', email: `pat@${domain}`, phone: '01632 960 100' },
      { role: 'HR_SUPPORT', name: 'Hana Hr', email: `hana@${domain}`, phone: '01632 960 101' },
      { role: 'MEDICAL_HR_SUPPORT', name: 'Dr Mo Medic', email: `mo@${domain}`, phone: '01632 960 102' },
      { role: 'INFORMATION_GOVERNANCE', name: 'Ian Gov', email: `ig@${domain}`, phone: '01632 960 103' },
      { role: 'DATA_PROTECTION_OFFICER', name: 'Dee Protect', email: `dpo@${domain}`, phone: '01632 960 104' },
      { role: 'HR_TEAM', name: 'HR team', email: `hr@${domain}` },
      { role: 'OCCUPATIONAL_HEALTH_TEAM', name: 'OH team', email: `oh@${domain}` },
      { role: 'EDUCATION_AND_TRAINING_TEAM', name: 'E&T team', email: `et@${domain}` },
    ],
    summaryAddresses: [{ team: 'HR', email: `hr.summary@${domain}` }],
    firstSeniorAdministrator: { name: 'Alex First', email: `alex.first@${domain}` },
    ...overrides,
  };
}

describe('registering a trust', () => {
  it('starts its organisation details, notification settings and auto-issue as registered, and invites its first Senior Portal Administrator', async () => {
    const trust = await registerTrust(db.commands, national, registration('rj1'));
    expect(trust).toMatchObject({ odsCode: 'RJ1', status: 'ACTIVE', activeSeniorAdministrators: 0, awaitingFirstAdministrator: true });
    const contacts = await db.dataSource.query('SELECT role, name, email FROM contact WHERE organisation_id = $1', [trust.id]);
    expect(contacts).toHaveLength(9);
    expect(contacts).toContainEqual({ role: 'SENIOR_PORTAL_ADMINISTRATOR', name: 'Alex First', email: 'alex.first@rj1.nhs.uk' });
    expect(await db.dataSource.query('SELECT team, email, enabled FROM notification_setting WHERE organisation_id = $1 ORDER BY team', [trust.id])).toEqual([
      { team: 'EDUCATION_AND_TRAINING', email: 'et@rj1.nhs.uk', enabled: true },
      { team: 'HR', email: 'hr.summary@rj1.nhs.uk', enabled: true },
      { team: 'OCCUPATIONAL_HEALTH', email: 'oh@rj1.nhs.uk', enabled: true },
    ]);
    const [{ on, total }] = await db.dataSource.query(
      'SELECT count(*) FILTER (WHERE enabled)::int AS on, count(*)::int AS total FROM auto_issue_setting WHERE organisation_id = $1',
      [trust.id],
    );
    expect({ on, total: total > 0 }).toEqual({ on: 0, total: true });
    const [invitation] = await deliverPendingAccountEmails(db.dataSource);
    expect(invitation).toMatchObject({ kind: 'INVITATION', to: 'alex.first@rj1.nhs.uk', role: 'SENIOR_PORTAL_ADMINISTRATOR', trust: { odsCode: 'RJ1' } });
    // one transaction, so one moment: both are recorded, or neither
    expect((await db.dataSource.query(`SELECT action FROM audit_event WHERE organisation_id = $1 ORDER BY action`, [trust.id])).map((row: { action: string }) => row.action)).toEqual([
      'portal-user.invited',
      'trust.registered',
    ]);
  });

  it('refuses a malformed or taken ODS code, a missing contact and a bad address, naming the field, and saves nothing', async () => {
    const before = (await db.dataSource.query('SELECT count(*)::int AS n FROM organisation'))[0].n;
    await expect(registerTrust(db.commands, national, registration('R-1'))).rejects.toMatchObject({ field: 'odsCode' });
    await expect(registerTrust(db.commands, national, registration('RJ1'))).rejects.toMatchObject({ field: 'odsCode', message: 'A trust with ODS code RJ1 is already registered' });
    const withoutHrTeam = registration('RK1');
    withoutHrTeam.contacts = withoutHrTeam.contacts.filter((contact) => contact.role !== 'HR_TEAM');
    await expect(registerTrust(db.commands, national, withoutHrTeam)).rejects.toMatchObject({ field: 'contacts.HR_TEAM.name' });
    await expect(registerTrust(db.commands, national, registration('RK1', { summaryAddresses: [{ team: 'HR', email: 'not an email' }] }))).rejects.toMatchObject({
      field: 'summaryAddresses.HR',
    });
    await expect(
      registerTrust(db.commands, national, registration('RK1', { firstSeniorAdministrator: { name: 'Alex Again', email: 'alex.first@rj1.nhs.uk' } })),
    ).rejects.toMatchObject({ field: 'firstSeniorAdministrator.email' });
    expect((await db.dataSource.query('SELECT count(*)::int AS n FROM organisation'))[0].n).toBe(before);
  });

  it('reports every problem of a registration at once, the taken ODS code and address included', async () => {
    const before = (await db.dataSource.query('SELECT count(*)::int AS n FROM organisation'))[0].n;
    const everythingWrong = registration('RJ1', {
      name: ' ',
      summaryAddresses: [{ team: 'OCCUPATIONAL_HEALTH', email: 'not an email' }],
      firstSeniorAdministrator: { name: 'Alex Again', email: 'alex.first@rj1.nhs.uk' },
    });
    everythingWrong.contacts = everythingWrong.contacts
      .filter((contact) => contact.role !== 'DATA_PROTECTION_OFFICER')
      .map((contact) => (contact.role === 'HR_SUPPORT' ? { ...contact, email: 'hana at rj1', phone: '' } : contact));
    const refused = await registerTrust(db.commands, national, everythingWrong).catch((error: unknown) => error);
    expect((refused as { fieldErrors: { field: string }[] }).fieldErrors.map((error) => error.field).sort()).toEqual(
      [
        'contacts.DATA_PROTECTION_OFFICER.name',
        'contacts.HR_SUPPORT.email',
        'contacts.HR_SUPPORT.phone',
        'firstSeniorAdministrator.email',
        'name',
        'odsCode',
        'summaryAddresses.OCCUPATIONAL_HEALTH',
      ].sort(),
    );
    expect((await db.dataSource.query('SELECT count(*)::int AS n FROM organisation'))[0].n).toBe(before);
  });

  it('lets a National Administrator send the first invitation again while nobody has accepted one', async () => {
    const trust = await registerTrust(db.commands, national, registration('RL1'));
    const [first] = await deliverPendingAccountEmails(db.dataSource);
    await resendTrustInvitation(db.commands, national, trust.id);
    const [second] = await deliverPendingAccountEmails(db.dataSource);
    expect(second).toMatchObject({ kind: 'INVITATION', to: first.to });
    expect(second.link!.token).not.toBe(first.link!.token);
  });
});

describe('deactivating a trust', () => {
  it('ends its users’ sessions and stops its API keys at once; reactivating lets them back; nothing is deleted', async () => {
    const trust = await registerTrust(db.commands, national, registration('RM1'));
    const person = await aPerson(db.dataSource, trust.id, 'PORTAL_ADMINISTRATOR');
    const outcome = await signIn(signInContext(db), person.username, PERSON_PASSWORD);
    const token = (outcome as { token: string }).token;
    const { apiKey } = await createApiClient(db.dataSource, { name: 'ESR feed', odsCode: 'RM1', scopes: ['esr:write'] });
    expect(await actorForApiKey(db.dataSource.manager, apiKey)).not.toBeNull();

    expect((await deactivateTrust(db.commands, national, trust.id)).status).toBe('DEACTIVATED');
    expect(await actorForSessionToken(db.dataSource.manager, token)).toBeNull();
    expect(await actorForApiKey(db.dataSource.manager, apiKey)).toBeNull();
    await expect(signIn(signInContext(db), person.username, PERSON_PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await listTrusts(db.dataSource.manager, national, { status: 'DEACTIVATED' }, null)).nodes.map((row) => row.odsCode)).toContain('RM1');

    expect((await reactivateTrust(db.commands, national, trust.id)).status).toBe('ACTIVE');
    expect(await actorForApiKey(db.dataSource.manager, apiKey)).not.toBeNull();
    expect((await signIn(signInContext(db), person.username, PERSON_PASSWORD)).status).toBe('SIGNED_IN');
  });

  it('shows National Administrators the trust lifecycle of every trust, and a trust none of another’s', async () => {
    const events = await listAuditEvents(db.dataSource.manager, national, null, { limit: 200 });
    const actions = new Set(events.nodes.map((event) => event.action));
    expect(actions).toEqual(new Set(['trust.registered', 'trust.deactivated', 'trust.reactivated', 'trust.invitation-resent']));
    const [{ id: rm1 }] = await db.dataSource.query(`SELECT id FROM organisation WHERE ods_code = 'RM1'`);
    const own = await listAuditEvents(db.dataSource.manager, aPortalUser(rm1, 'PORTAL_ADMINISTRATOR'), null, null);
    expect(own.nodes.every((event) => event.organisationId === rm1)).toBe(true);
  });

  it('refuses trust management to anybody but a National Administrator', async () => {
    const [{ id }] = await db.dataSource.query(`SELECT id FROM organisation WHERE ods_code = 'RM1'`);
    await expect(deactivateTrust(db.commands, aPortalUser(id), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listTrusts(db.dataSource.manager, aPortalUser(id), null, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
