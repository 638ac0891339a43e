import type { PortalRole } from '@/src/gql/graphql';

/** Each role as pages name it. */
export const ROLE_NAMES: Record<PortalRole, string> = {
  NATIONAL_ADMINISTRATOR: 'National Administrator',
  SENIOR_PORTAL_ADMINISTRATOR: 'Senior Portal Administrator',
  PORTAL_ADMINISTRATOR: 'Portal Administrator',
};
