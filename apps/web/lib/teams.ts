import type { Team } from '@/src/gql/graphql';

export const TEAM_NAMES: Record<Team, string> = {
  HR: 'HR team',
  OCCUPATIONAL_HEALTH: 'Occupational health team',
  EDUCATION_AND_TRAINING: 'Education and training team',
};

export const TEAM_SLUGS: Record<Team, string> = {
  HR: 'hr',
  OCCUPATIONAL_HEALTH: 'occupational-health',
  EDUCATION_AND_TRAINING: 'education-and-training',
};

export function teamFromSlug(slug: string): Team | null {
  const entry = (Object.entries(TEAM_SLUGS) as [Team, string][]).find(([, s]) => s === slug);
  return entry ? entry[0] : null;
}
