import { randomBytes } from 'node:crypto';
import {
  aJobRole,
  aPortalUser,
  aStaffMember,
  aTrust,
  anApiClient,
  createTestDatabase,
  idsByCode,
  type TestDatabase,
} from '@staff-passport/core/testing';
import {
  createJobRole,
  createTemplate,
  deleteJobRole,
  deleteTemplate,
  describeAuditEvents,
  issueCredentialManually,
  JobQueues,
  listAuditEvents,
  QueueName,
  queueEsrCredentialUpdates,
  recordEsrStaffMembers,
  requestSummaryNow,
  setAutoIssue,
  updateJobRole,
  updateNotificationSetting,
  updateOrganisationContact,
  updateTemplate,
  type Actor,
  type AuditEventsFilter,
} from '@staff-passport/core';
import { describeAuditEvent } from '../audit-descriptions';
import { AuditNames } from '../audit-names';

let db: TestDatabase;
let jobs: JobQueues;
let trustId: string;
let senior: Actor;
let groups: Record<string, string>;
let credentials: Record<string, string>;
let categories: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('audit_descriptions');
  jobs = new JobQueues({ connection: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: `sps-test-audit-${randomBytes(4).toString('hex')}` });
  trustId = (await aTrust(db.dataSource)).id;
  senior = { ...aPortalUser(trustId), name: 'Sam Senior' };
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
  categories = await idsByCode(db.dataSource, 'credential_category');
});
afterAll(async () => {
  for (const name of Object.values(QueueName)) await jobs.queue(name).obliterate({ force: true });
  await jobs.close();
  await db.drop();
});

/** The newest event of the trust, as a person reads it. */
async function latest(filter?: AuditEventsFilter) {
  const { nodes } = await listAuditEvents(db.dataSource.manager, senior, filter, { limit: 1 });
  const [description] = await describeAuditEvents(db.dataSource.manager, trustId, nodes);
  return description;
}

describe('audit events as a person reads them', () => {
  it('names the template, and shows its staff group, job role, categories and credentials by name', async () => {
    const role = await aJobRole(db.dataSource, trustId, groups['01'], 'Foundation doctor');
    const template = await createTemplate(db.commands, senior, {
      name: 'Doctors in training',
      staffGroupId: groups['01'],
      jobRoleId: role,
      employmentTypes: ['TEMPORARY_MOVER'],
      credentialIds: [credentials.DBS],
      categoryIds: [categories.HEALTH_VACCINATIONS_TESTING],
    });
    expect(await latest()).toEqual({
      summary: 'Sam Senior created the template ‘Doctors in training’',
      changes: [
        { label: 'Name', before: null, after: 'Doctors in training' },
        { label: 'Staff group', before: null, after: 'Medical and Dental' },
        { label: 'Job role', before: null, after: 'Foundation doctor' },
        { label: 'Employment types', before: null, after: 'Temporary mover' },
        { label: 'Whole categories', before: null, after: 'Health information – vaccinations and testing' },
        { label: 'Single credentials', before: null, after: 'Disclosure and Barring Service (DBS)' },
      ],
    });

    await updateTemplate(db.commands, senior, {
      id: template.id,
      name: 'Resident doctors',
      staffGroupId: groups['01'],
      employmentTypes: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'],
      credentialIds: [credentials.DBS],
      categoryIds: [categories.HEALTH_VACCINATIONS_TESTING],
    });
    // only what changed
    expect(await latest()).toEqual({
      summary: 'Sam Senior changed the template ‘Doctors in training’, now called ‘Resident doctors’',
      changes: [
        { label: 'Name', before: 'Doctors in training', after: 'Resident doctors' },
        { label: 'Job role', before: 'Foundation doctor', after: 'All job roles' },
        { label: 'Employment types', before: 'Temporary mover', after: 'Permanent or fixed-term contract, Temporary mover' },
      ],
    });

    await deleteTemplate(db.commands, senior, template.id);
    const deleted = await latest();
    expect(deleted.summary).toBe('Sam Senior deleted the template ‘Resident doctors’');
    expect(deleted.changes).toContainEqual({ label: 'Staff group', before: 'Medical and Dental', after: null });
  });

  it('says when a job role a template named has since been deleted', async () => {
    const role = await aJobRole(db.dataSource, trustId, groups['09'], 'Gardener');
    const template = await createTemplate(db.commands, senior, {
      name: 'Gardeners',
      staffGroupId: groups['09'],
      jobRoleId: role,
      employmentTypes: ['PERMANENT_OR_FIXED_TERM'],
      credentialIds: [credentials.IDENTITY],
    });
    await deleteTemplate(db.commands, senior, template.id);
    await deleteJobRole(db.commands, senior, role);
    const { nodes } = await listAuditEvents(db.dataSource.manager, senior, { kinds: ['TEMPLATES'] }, { limit: 1 });
    const [description] = await describeAuditEvents(db.dataSource.manager, trustId, nodes);
    expect(description.changes).toContainEqual({ label: 'Job role', before: 'A job role that has since been deleted', after: null });
  });

  it('describes job roles, contacts, notification settings and automatic issuance in words', async () => {
    const role = await createJobRole(db.commands, senior, { staffGroupId: groups['09'], name: 'Porter' });
    expect((await latest()).summary).toBe('Sam Senior created the job role ‘Porter’ in Estates and Ancillary');
    await updateJobRole(db.commands, senior, { id: role.id, name: 'Hospital porter' });
    expect(await latest()).toEqual({
      summary: 'Sam Senior renamed the job role ‘Porter’ to ‘Hospital porter’',
      changes: [{ label: 'Name', before: 'Porter', after: 'Hospital porter' }],
    });
    await deleteJobRole(db.commands, senior, role.id);
    expect((await latest()).summary).toBe('Sam Senior deleted the job role ‘Hospital porter’ from Estates and Ancillary');

    const [primary]: { id: string }[] = await db.dataSource.query(`SELECT id FROM contact WHERE organisation_id = $1 AND role = 'PRIMARY_CONTACT'`, [trustId]);
    await updateOrganisationContact(db.commands, senior, { contactId: primary.id, name: 'Priya Patel', email: 'priya.patel@trust.nhs.uk', phone: '0113 496 0000' });
    const contact = await latest();
    expect(contact.summary).toBe('Sam Senior changed the primary contact details');
    expect(contact.changes).toContainEqual({ label: 'Phone number', before: '01632 960 100', after: '0113 496 0000' });

    await updateNotificationSetting(db.commands, senior, { team: 'OCCUPATIONAL_HEALTH', enabled: false });
    expect(await latest()).toEqual({
      summary: 'Sam Senior turned off the weekly summary email for the occupational health team',
      changes: [{ label: 'Weekly summary email', before: 'On', after: 'Off' }],
    });
    await updateNotificationSetting(db.commands, senior, { team: 'HR', email: 'people@trust.nhs.uk' });
    expect((await latest()).summary).toBe('Sam Senior changed the address the HR team’s weekly summary goes to');

    await setAutoIssue(db.commands, senior, [{ credentialIds: [credentials.FIRE_SAFETY], enabled: true }]);
    expect(await latest()).toEqual({
      summary: 'Sam Senior turned on automatic issuance for Fire safety',
      changes: [{ label: 'Fire safety', before: 'Issued by hand', after: 'Issued automatically' }],
    });
    await setAutoIssue(db.commands, senior, [{ categoryIds: [categories.HEALTH_VACCINATIONS_TESTING], enabled: true }, { credentialIds: [credentials.FIRE_SAFETY], enabled: false }]);
    expect((await latest()).summary).toBe('Sam Senior changed automatic issuance for 5 credentials');
  });

  it('describes summaries sent now, ESR feeds and credentials issued by hand', async () => {
    await requestSummaryNow({ dataSource: db.dataSource, jobs }, senior, 'EDUCATION_AND_TRAINING');
    expect((await latest()).summary).toMatch(/^Sam Senior sent the education and training team’s weekly summary to et@t[0-9a-f]+\.nhs\.uk$/);

    const feed = anApiClient(trustId, ['esr:write']);
    const person = await aStaffMember(db.dataSource, trustId, { staffGroupId: groups['03'] });
    await recordEsrStaffMembers(db.commands, feed, [
      { esrAssignmentNumber: '55500001', name: 'Ada Lovelace', staffGroupCode: '03', employmentType: 'PERMANENT_OR_FIXED_TERM', employmentStatus: 'NEW_STARTER', startDate: '2026-12-01' },
    ]);
    expect((await latest()).summary).toBe('Test client added 1 staff member and updated 0 staff members from ESR');
    await queueEsrCredentialUpdates({ dataSource: db.dataSource, jobs }, feed, [{ esrAssignmentNumber: person.esrAssignmentNumber, credentialCode: 'DBS', version: 1 }]);
    expect((await latest()).summary).toBe('Test client sent 1 credential update from ESR');

    const [record]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version)
       VALUES ($1, (SELECT id FROM staff_member WHERE esr_assignment_number = '55500001'), $2, 'AWAITING_MANUAL_ISSUE', 1) RETURNING id`,
      [trustId, credentials.RIGHT_TO_WORK],
    );
    await issueCredentialManually(db.commands, senior, record.id);
    expect(await latest()).toEqual({
      summary: 'Sam Senior issued Right to work to Ada Lovelace by hand',
      changes: [{ label: 'Status', before: 'Waiting to be issued by hand', after: 'Issued' }],
    });
  });

  it('looks up the names of a whole page in one statement, however many events it holds', async () => {
    const { nodes } = await listAuditEvents(db.dataSource.manager, senior, null, { limit: 50 });
    expect(nodes.length).toBeGreaterThan(10);
    db.queryCounter.reset();
    const descriptions = await describeAuditEvents(db.dataSource.manager, trustId, nodes);
    expect(db.queryCounter.statements).toBe(1);
    expect(descriptions.every((description) => !/[0-9a-f]{8}-[0-9a-f]{4}-/.test(JSON.stringify(description)))).toBe(true);
  });

  it('describes a large ESR batch in a bounded number of rows, counting the rest', () => {
    const applied = Array.from({ length: 50 }, (_, index) => ({ esrAssignmentNumber: String(30000000 + index), credentialCode: 'DBS', version: 1, status: 'ISSUED' }));
    const event = { action: 'esr-credential-updates.applied', entityType: 'EsrUpdateBatch', entityId: 'b1', actorName: 'ESR feed', before: null, after: { issued: 50, awaitingManualIssue: 0, unchanged: 0, applied } };
    const { summary, changes } = describeAuditEvent(event, new AuditNames());
    expect(summary).toBe('ESR feed’s ESR updates were applied: 50 credentials issued automatically, 0 credentials waiting to be issued by hand');
    expect(changes).toHaveLength(20);
    expect(changes[3]).toEqual({ label: 'DBS for ESR assignment 30000000', before: null, after: 'Issued' });
    // 3 count rows and 50 records make 53; 19 are shown and the last row counts the other 34
    expect(changes[19]).toEqual({ label: 'And more', before: null, after: '34 more rows' });
  });

  it('describes a trust’s registration and standing, and what is done to portal users, in words', () => {
    const describe = (event: { action: string; entityType: string; actorName?: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null }) =>
      describeAuditEvent({ entityId: 'x', actorName: 'Nat National', before: null, after: null, ...event }, new AuditNames());
    const registered = describe({
      action: 'trust.registered',
      entityType: 'Organisation',
      after: { odsCode: 'RZ9', name: 'Riverside Zenith NHS Trust', status: 'ACTIVE', firstSeniorAdministrator: { name: 'Freya First', email: 'freya@rz9.nhs.uk' } },
    });
    expect(registered.summary).toBe('Nat National registered the trust Riverside Zenith NHS Trust (RZ9)');
    expect(registered.changes).toContainEqual({ label: 'First Senior Portal Administrator', before: null, after: 'Freya First (freya@rz9.nhs.uk)' });
    const trust = { odsCode: 'RZ9', name: 'Riverside Zenith NHS Trust' };
    expect(describe({ action: 'trust.deactivated', entityType: 'Organisation', before: { ...trust, status: 'ACTIVE' }, after: { ...trust, status: 'DEACTIVATED' } })).toEqual({
      summary: 'Nat National deactivated the trust Riverside Zenith NHS Trust (RZ9)',
      changes: [{ label: 'Status', before: 'Active', after: 'Deactivated' }],
    });
    expect(describe({ action: 'trust.invitation-resent', entityType: 'Organisation', after: { odsCode: 'RZ9', sentTo: ['freya@rz9.nhs.uk'] } }).summary).toBe(
      'Nat National sent the invitation to the first Senior Portal Administrator of the trust RZ9 again',
    );
    const bySam = { actorName: 'Sam Senior', entityType: 'PortalUser' };
    expect(describe({ ...bySam, action: 'portal-user.invited', after: { displayName: 'Petra Portal', email: 'petra@rx1.nhs.uk', role: 'PORTAL_ADMINISTRATOR', status: 'INVITED' } }).summary).toBe(
      'Sam Senior invited Petra Portal (petra@rx1.nhs.uk) as a Portal Administrator',
    );
    expect(
      describe({ ...bySam, action: 'portal-user.role-changed', before: { displayName: 'Petra Portal', role: 'PORTAL_ADMINISTRATOR' }, after: { displayName: 'Petra Portal', role: 'SENIOR_PORTAL_ADMINISTRATOR' } }),
    ).toEqual({
      summary: 'Sam Senior changed Petra Portal’s role from Portal Administrator to Senior Portal Administrator',
      changes: [{ label: 'Role', before: 'Portal Administrator', after: 'Senior Portal Administrator' }],
    });
    expect(describe({ ...bySam, action: 'portal-user.mfa-reset', before: { displayName: 'Pat Portal', mfaEnrolled: true }, after: { displayName: 'Pat Portal', mfaEnrolled: false } }).summary).toBe(
      'Sam Senior reset Pat Portal’s authenticator app',
    );
    expect(describe({ actorName: 'Pat Portal', entityType: 'PortalUser', action: 'portal-user.mfa-enrolled', before: { mfaEnrolled: false }, after: { mfaEnrolled: true, recoveryCodes: 10 } }).summary).toBe(
      'Pat Portal set up an authenticator app',
    );
    expect(describe({ ...bySam, entityType: 'Organisation', action: 'organisation.portal-administrator-mfa-changed', before: { portalAdministratorMfaRequired: false }, after: { portalAdministratorMfaRequired: true } })).toEqual({
      summary: 'Sam Senior asked every Portal Administrator to use an authenticator app',
      changes: [{ label: 'Portal Administrators need an authenticator app', before: 'No', after: 'Yes' }],
    });
  });

  it('reads an event of an unknown kind without failing', () => {
    const event = { action: 'badge.printed', entityType: 'Badge', entityId: 'b1', actorName: 'Sam Senior', before: null, after: { colour: 'blue' } };
    expect(describeAuditEvent(event, new AuditNames())).toEqual({
      summary: 'Sam Senior made a change to a record of type Badge (badge.printed)',
      changes: [{ label: 'colour', before: null, after: 'blue' }],
    });
  });
});

describe('filtering the audit log', () => {
  let otherTrust: string;
  let otherSenior: Actor;

  beforeAll(async () => {
    otherTrust = (await aTrust(db.dataSource)).id;
    otherSenior = aPortalUser(otherTrust);
    // three days of one trust's events, at times that fall either side of midnight in London
    const at = async (occurredAt: string, entityType: string) =>
      db.dataSource.query(
        `INSERT INTO audit_event (organisation_id, occurred_at, actor_kind, actor_id, actor_name, action, entity_type, entity_id)
         VALUES ($1, $2, 'PORTAL_USER', gen_random_uuid(), 'Someone', 'x.changed', $3, 'x')`,
        [otherTrust, occurredAt, entityType],
      );
    await at('2026-07-01T22:30:00Z', 'JobRole'); // 23:30 on 1 July in London (BST)
    await at('2026-07-01T23:30:00Z', 'JobRole'); // 00:30 on 2 July in London
    await at('2026-07-02T12:00:00Z', 'Contact');
    await at('2026-07-03T12:00:00Z', 'CredentialsRequiredTemplate');
  });

  const count = async (filter: AuditEventsFilter) => (await listAuditEvents(db.dataSource.manager, otherSenior, filter, null)).pageInfo.totalCount;

  it('by kind', async () => {
    expect(await count({ kinds: ['JOB_ROLES'] })).toBe(2);
    expect(await count({ kinds: ['JOB_ROLES', 'ORGANISATION_DETAILS'] })).toBe(3);
    expect(await count({ kinds: [] })).toBe(4);
  });

  it('by day, as days are in England', async () => {
    expect(await count({ from: '2026-07-02', to: '2026-07-02' })).toBe(2);
    expect(await count({ from: '2026-07-02' })).toBe(3);
    expect(await count({ to: '2026-07-01' })).toBe(1);
    expect(await count({ kinds: ['JOB_ROLES'], from: '2026-07-02' })).toBe(1);
  });

  it('refuses dates that are not real or the wrong way round, naming the field', async () => {
    await expect(count({ from: '2026-02-30' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    await expect(count({ to: 'yesterday' })).rejects.toMatchObject({ field: 'filter.to' });
    await expect(count({ from: '2026-07-03', to: '2026-07-01' })).rejects.toMatchObject({
      field: 'filter.to',
      message: 'The end date must be the same as or after the start date',
    });
  });
});
