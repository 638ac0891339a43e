import { aPortalUser, aTrust, createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import { contactsByOrganisation, updateNotificationSetting, updateOrganisationContact, type Actor } from '@staff-passport/core';

let db: TestDatabase;
let trustId: string;
let senior: Actor;

beforeAll(async () => {
  db = await createTestDatabase('organisation');
  trustId = (await aTrust(db.dataSource)).id;
  senior = aPortalUser(trustId);
});
afterAll(() => db.drop());

async function contact(role: string) {
  const [contacts] = await contactsByOrganisation(db.dataSource.manager, [trustId]);
  return contacts.find((entry) => entry.role === role)!;
}

it('changes a contact, tidying what was typed', async () => {
  const primary = await contact('PRIMARY_CONTACT');
  const updated = await updateOrganisationContact(db.commands, senior, {
    contactId: primary.id,
    name: '  Dr   Jane  Smith ',
    email: ' Jane.Smith@Trust.NHS.uk ',
    phone: '0113 496 0000',
  });
  expect(updated).toMatchObject({ name: 'Dr Jane Smith', email: 'jane.smith@trust.nhs.uk', phone: '0113 496 0000' });
});

it('requires an email address for a team', async () => {
  const team = await contact('HR_TEAM');
  await expect(
    updateOrganisationContact(db.commands, senior, { contactId: team.id, name: 'HR team', email: '', phone: '0113 496 0000' }),
  ).rejects.toMatchObject({ field: 'email', message: 'Enter an email address for the HR team' });
});

it('reports every error of a contact together, and keeps a person’s email address and telephone number', async () => {
  const primary = await contact('PRIMARY_CONTACT');
  await expect(
    updateOrganisationContact(db.commands, senior, { contactId: primary.id, name: ' ', email: 'bad', phone: 'zzz' }),
  ).rejects.toMatchObject({
    fieldErrors: [
      { field: 'name', message: 'Enter a full name' },
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.nhs.uk' },
      { field: 'phone', message: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192' },
    ],
  });
  await expect(
    updateOrganisationContact(db.commands, senior, { contactId: primary.id, name: 'Jane Smith', email: '', phone: '' }),
  ).rejects.toMatchObject({
    fieldErrors: [
      { field: 'email', message: 'Enter an email address' },
      { field: 'phone', message: 'Enter a telephone number' },
    ],
  });
  expect(await contact('PRIMARY_CONTACT')).toMatchObject({ email: primary.email, phone: primary.phone });
});

it('refuses another trust’s contact as if it did not exist', async () => {
  const primary = await contact('PRIMARY_CONTACT');
  const otherSenior = aPortalUser((await aTrust(db.dataSource)).id);
  await expect(
    updateOrganisationContact(db.commands, otherSenior, { contactId: primary.id, name: 'Intruder', email: 'x@y.nhs.uk' }),
  ).rejects.toMatchObject({ field: 'contactId', message: 'No contact with that id in your organisation' });
});

it('switches a team’s summary off and changes its address, leaving the rest as it was', async () => {
  const off = await updateNotificationSetting(db.commands, senior, { team: 'OCCUPATIONAL_HEALTH', enabled: false });
  expect(off.enabled).toBe(false);
  const moved = await updateNotificationSetting(db.commands, senior, { team: 'OCCUPATIONAL_HEALTH', email: 'oh.team@trust.nhs.uk' });
  expect(moved).toMatchObject({ enabled: false, email: 'oh.team@trust.nhs.uk' });
});
