/** The teams that own credentials and receive the weekly summary. */
export const TEAMS = ['HR', 'OCCUPATIONAL_HEALTH', 'EDUCATION_AND_TRAINING'] as const;
export type Team = (typeof TEAMS)[number];

export const EMPLOYMENT_TYPES = ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EMPLOYMENT_STATUSES = ['CURRENT_EMPLOYEE', 'NEW_STARTER'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const CREDENTIAL_RECORD_STATUSES = ['AWAITING_MANUAL_ISSUE', 'ISSUED', 'REVOKED'] as const;
export type CredentialRecordStatus = (typeof CREDENTIAL_RECORD_STATUSES)[number];

export const TEAM_NAMES: Record<Team, string> = {
  HR: 'HR',
  OCCUPATIONAL_HEALTH: 'Occupational health',
  EDUCATION_AND_TRAINING: 'Education and training',
};

/** A team's name as it reads inside a sentence ("the occupational health team"). */
export function teamInSentence(team: Team): string {
  return team === 'HR' ? 'HR' : TEAM_NAMES[team].toLowerCase();
}
