import type { ContactRole, Team } from '@/src/gql/graphql';

export const TEAM_SLUGS: Record<Team, string> = {
  HR: 'hr',
  OCCUPATIONAL_HEALTH: 'occupational-health',
  EDUCATION_AND_TRAINING: 'education-and-training',
};

/** The team a team contact in the organisation details is for. */
export const TEAM_OF_CONTACT_ROLE: Partial<Record<ContactRole, Team>> = {
  HR_TEAM: 'HR',
  OCCUPATIONAL_HEALTH_TEAM: 'OCCUPATIONAL_HEALTH',
  EDUCATION_AND_TRAINING_TEAM: 'EDUCATION_AND_TRAINING',
};

export function teamFromSlug(slug: string): Team | null {
  const entry = (Object.entries(TEAM_SLUGS) as [Team, string][]).find(([, s]) => s === slug);
  return entry ? entry[0] : null;
}

/** A label as it reads mid-sentence: 'Primary contact' → 'primary contact', but 'HR team' stays. */
export function inSentence(label: string): string {
  const first = label.split(' ')[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
