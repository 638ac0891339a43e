import type { EmploymentType } from '@/src/gql/graphql';

export const EMPLOYMENT_TYPE_NAMES: Record<EmploymentType, string> = {
  PERMANENT_OR_FIXED_TERM: 'Permanent or fixed-term contract',
  TEMPORARY_MOVER: 'Temporary mover (contracted by another organisation)',
};

export const EMPLOYMENT_TYPES: EmploymentType[] = ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'];

export const isEmploymentType = (value: string | undefined): value is EmploymentType =>
  value === 'PERMANENT_OR_FIXED_TERM' || value === 'TEMPORARY_MOVER';

export const employmentTypesText = (types: readonly EmploymentType[]) => types.map((t) => EMPLOYMENT_TYPE_NAMES[t]).join(' and ');
