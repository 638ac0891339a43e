/**
 * The registration form's answers and how they become the API's RegisterTrustInput. The API checks
 * everything (and says what is wrong with every field at once); this only shapes the answers and maps
 * the API's field names (contacts.HR_TEAM.email) to the form's element ids.
 */
export type PersonContactRole = 'PRIMARY_CONTACT' | 'HR_SUPPORT' | 'MEDICAL_HR_SUPPORT' | 'INFORMATION_GOVERNANCE' | 'DATA_PROTECTION_OFFICER';
export type TeamContactRole = 'HR_TEAM' | 'OCCUPATIONAL_HEALTH_TEAM' | 'EDUCATION_AND_TRAINING_TEAM';
export type TeamName = 'HR' | 'OCCUPATIONAL_HEALTH' | 'EDUCATION_AND_TRAINING';

/** The people registration asks for; the Senior Portal Administrator contact is the first one invited. */
export const PERSON_CONTACTS: { role: PersonContactRole; label: string }[] = [
  { role: 'PRIMARY_CONTACT', label: 'Primary contact' },
  { role: 'HR_SUPPORT', label: 'HR support contact' },
  { role: 'MEDICAL_HR_SUPPORT', label: 'Medical HR support contact' },
  { role: 'INFORMATION_GOVERNANCE', label: 'Information governance contact' },
  { role: 'DATA_PROTECTION_OFFICER', label: 'Data protection officer' },
];

export const TEAM_CONTACTS: { role: TeamContactRole; team: TeamName; label: string }[] = [
  { role: 'HR_TEAM', team: 'HR', label: 'HR team' },
  { role: 'OCCUPATIONAL_HEALTH_TEAM', team: 'OCCUPATIONAL_HEALTH', label: 'Occupational health team' },
  { role: 'EDUCATION_AND_TRAINING_TEAM', team: 'EDUCATION_AND_TRAINING', label: 'Education and training team' },
];

export interface ContactAnswers {
  name: string;
  email: string;
  phone: string;
}

export interface RegistrationAnswers {
  odsCode: string;
  name: string;
  contacts: Record<PersonContactRole | TeamContactRole, ContactAnswers>;
  /** Where each team's weekly summary goes; blank means the team's own email address. */
  summaryAddresses: Record<TeamName, string>;
  firstSeniorAdministrator: { name: string; email: string };
}

const blankContact = (): ContactAnswers => ({ name: '', email: '', phone: '' });

export function emptyRegistration(): RegistrationAnswers {
  return {
    odsCode: '',
    name: '',
    contacts: Object.fromEntries([...PERSON_CONTACTS, ...TEAM_CONTACTS].map((c) => [c.role, blankContact()])) as RegistrationAnswers['contacts'],
    summaryAddresses: { HR: '', OCCUPATIONAL_HEALTH: '', EDUCATION_AND_TRAINING: '' },
    firstSeniorAdministrator: { name: '', email: '' },
  };
}

export interface RegisterTrustInputShape {
  odsCode: string;
  name: string;
  contacts: { role: PersonContactRole | TeamContactRole; name: string; email: string | null; phone: string | null }[];
  summaryAddresses: { team: TeamName; email: string }[];
  firstSeniorAdministrator: { name: string; email: string };
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

/** The API's input: a summary address left blank is left out (the team's own address is used). */
export function registrationInput(answers: RegistrationAnswers): RegisterTrustInputShape {
  return {
    odsCode: answers.odsCode,
    name: answers.name,
    contacts: [...PERSON_CONTACTS, ...TEAM_CONTACTS].map(({ role }) => ({
      role,
      name: answers.contacts[role].name,
      email: orNull(answers.contacts[role].email),
      phone: orNull(answers.contacts[role].phone),
    })),
    summaryAddresses: TEAM_CONTACTS.filter(({ team }) => answers.summaryAddresses[team].trim() !== '').map(({ team }) => ({
      team,
      email: answers.summaryAddresses[team],
    })),
    firstSeniorAdministrator: answers.firstSeniorAdministrator,
  };
}

/** The element id of an API field: dots become dashes, so the id also works as a CSS selector. */
export const fieldId = (field: string) => field.replace(/\./g, '-');

/** Every field the form has, from the API's name to the element's id, for the error summary's links. */
export const REGISTRATION_FIELD_IDS: Record<string, string> = Object.fromEntries(
  [
    'odsCode',
    'name',
    ...[...PERSON_CONTACTS, ...TEAM_CONTACTS].flatMap(({ role }) => ['name', 'email', 'phone'].map((part) => `contacts.${role}.${part}`)),
    ...TEAM_CONTACTS.map(({ team }) => `summaryAddresses.${team}`),
    'firstSeniorAdministrator.name',
    'firstSeniorAdministrator.email',
  ].map((field) => [field, fieldId(field)]),
);

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' });
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));

export function seniorAdministratorsText(trust: { activeSeniorAdministrators: number; awaitingFirstAdministrator: boolean }): string {
  if (trust.awaitingFirstAdministrator) return 'Waiting for the first one to accept their invitation';
  return `${trust.activeSeniorAdministrators} active`;
}

/**
 * The API words a contact's error as it would on that contact's own form ("Enter a full name"); on a
 * form with eight contacts the error summary needs to say which one, so the message starts with it.
 */
export function withWhoseField<E extends { field: string | null; message: string }>(errors: E[]): E[] {
  const labels: Record<string, string> = Object.fromEntries([
    ...[...PERSON_CONTACTS, ...TEAM_CONTACTS].map(({ role, label }) => [`contacts.${role}`, label]),
    ...TEAM_CONTACTS.map(({ team, label }) => [`summaryAddresses.${team}`, `${label} weekly summary`]),
    ['firstSeniorAdministrator', 'First Senior Portal Administrator'],
  ]);
  return errors.map((error) => {
    const owner = error.field ? Object.keys(labels).find((prefix) => error.field === prefix || error.field!.startsWith(`${prefix}.`)) : undefined;
    return owner ? { ...error, message: `${labels[owner]}: ${error.message}` } : error;
  });
}
