/** The teams that own credentials and receive the weekly summary. */
export const TEAMS = ['HR', 'OCCUPATIONAL_HEALTH', 'EDUCATION_AND_TRAINING'] as const;
export type Team = (typeof TEAMS)[number];

export const EMPLOYMENT_TYPES = ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EMPLOYMENT_STATUSES = ['CURRENT_EMPLOYEE', 'NEW_STARTER'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const CREDENTIAL_RECORD_STATUSES = ['AWAITING_MANUAL_ISSUE', 'ISSUED', 'REVOKED'] as const;
export type CredentialRecordStatus = (typeof CREDENTIAL_RECORD_STATUSES)[number];

/** Each team's name, as the portal, the API (`teamName`) and the emails show it. The one list of them. */
export const TEAM_NAMES: Record<Team, string> = {
  HR: 'HR team',
  OCCUPATIONAL_HEALTH: 'Occupational health team',
  EDUCATION_AND_TRAINING: 'Education and training team',
};

/** A label as it reads inside a sentence: 'Primary contact' → 'primary contact'; 'HR team' stays. */
export function inSentence(label: string): string {
  const first = label.split(' ')[0] ?? '';
  return first.length > 1 && first === first.toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** A team's name inside a sentence: "the occupational health team", "the HR team". */
export function teamInSentence(team: Team): string {
  return inSentence(TEAM_NAMES[team]);
}
