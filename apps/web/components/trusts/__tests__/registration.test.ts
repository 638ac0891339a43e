import { emptyRegistration, REGISTRATION_FIELD_IDS, registrationInput, seniorAdministratorsText, withWhoseField } from '../registration';

describe('a registration as the API receives it', () => {
  it('sends every contact the form asks for, blanks as null, and leaves out summary addresses left blank', () => {
    const answers = emptyRegistration();
    answers.odsCode = 'rj1';
    answers.name = 'RJ1 Hospitals';
    answers.contacts.PRIMARY_CONTACT = { name: 'Pat Primary', email: 'pat@rj1.nhs.uk', phone: '01632 960 100' };
    answers.contacts.HR_TEAM = { name: 'HR team', email: 'hr@rj1.nhs.uk', phone: ' ' };
    answers.summaryAddresses.OCCUPATIONAL_HEALTH = 'oh.summary@rj1.nhs.uk';
    answers.firstSeniorAdministrator = { name: 'Alex First', email: 'alex@rj1.nhs.uk' };
    const input = registrationInput(answers);
    expect(input.contacts.map((contact) => contact.role)).toEqual([
      'PRIMARY_CONTACT',
      'HR_SUPPORT',
      'MEDICAL_HR_SUPPORT',
      'INFORMATION_GOVERNANCE',
      'DATA_PROTECTION_OFFICER',
      'HR_TEAM',
      'OCCUPATIONAL_HEALTH_TEAM',
      'EDUCATION_AND_TRAINING_TEAM',
    ]);
    expect(input.contacts[0]).toEqual({ role: 'PRIMARY_CONTACT', name: 'Pat Primary', email: 'pat@rj1.nhs.uk', phone: '01632 960 100' });
    expect(input.contacts.find((contact) => contact.role === 'HR_TEAM')).toEqual({ role: 'HR_TEAM', name: 'HR team', email: 'hr@rj1.nhs.uk', phone: null });
    expect(input.summaryAddresses).toEqual([{ team: 'OCCUPATIONAL_HEALTH', email: 'oh.summary@rj1.nhs.uk' }]);
    expect(input.firstSeniorAdministrator).toEqual({ name: 'Alex First', email: 'alex@rj1.nhs.uk' });
  });

  it('links each field the API names to an element id that is also a CSS selector', () => {
    expect(REGISTRATION_FIELD_IDS['contacts.HR_TEAM.email']).toBe('contacts-HR_TEAM-email');
    expect(REGISTRATION_FIELD_IDS['summaryAddresses.HR']).toBe('summaryAddresses-HR');
    expect(REGISTRATION_FIELD_IDS['firstSeniorAdministrator.email']).toBe('firstSeniorAdministrator-email');
    expect(Object.values(REGISTRATION_FIELD_IDS).every((id) => /^[A-Za-z][\w-]*$/.test(id))).toBe(true);
  });
});

it('says whether a trust is still waiting for its first Senior Portal Administrator', () => {
  expect(seniorAdministratorsText({ activeSeniorAdministrators: 0, awaitingFirstAdministrator: true })).toBe('Waiting for the first one to accept their invitation');
  expect(seniorAdministratorsText({ activeSeniorAdministrators: 2, awaitingFirstAdministrator: false })).toBe('2 active');
});

it('says whose field an error is about, where the form asks the same of several people', () => {
  const errors = withWhoseField([
    { field: 'contacts.HR_SUPPORT.name', message: 'Enter a full name', code: 'BAD_USER_INPUT' },
    { field: 'contacts.HR_TEAM.email', message: 'Enter an email address for the HR team', code: 'BAD_USER_INPUT' },
    { field: 'summaryAddresses.HR', message: 'Enter an email address', code: 'BAD_USER_INPUT' },
    { field: 'firstSeniorAdministrator.email', message: 'Enter an email address', code: 'BAD_USER_INPUT' },
    { field: 'odsCode', message: 'Enter an ODS code', code: 'BAD_USER_INPUT' },
    { field: null, message: 'Sorry, there is a problem', code: 'network' },
  ]);
  expect(errors.map((error) => error.message)).toEqual([
    'HR support contact: Enter a full name',
    'HR team: Enter an email address for the HR team',
    'HR team weekly summary: Enter an email address',
    'First Senior Portal Administrator: Enter an email address',
    'Enter an ODS code',
    'Sorry, there is a problem',
  ]);
});
