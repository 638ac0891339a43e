import { EMPLOYMENT_TYPES, isEmploymentType } from '@/lib/employment-types';
import type { FieldError } from '@/lib/graphql/result';
import type { EmploymentType } from '@/src/gql/graphql';

/**
 * A template being created or changed, between the form and the check-your-answers page. It travels
 * in the address (a GET query), so the Change links on the check page lead back to the form with
 * everything as it was entered, and a reload loses nothing.
 */
export interface TemplateDraft {
  name: string;
  staffGroupId: string;
  jobRoleId: string;
  employmentTypes: EmploymentType[];
  credentialIds: string[];
  categoryIds: string[];
}

export type SearchParams = Record<string, string | string[] | undefined>;

const all = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const first = (value: string | string[] | undefined): string => all(value)[0] ?? '';
const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

export const emptyDraft = (): TemplateDraft => ({ name: '', staffGroupId: '', jobRoleId: '', employmentTypes: [], credentialIds: [], categoryIds: [] });

/** The draft in a page's query, or null when the query holds none (only a draft has a name). */
export function draftFromSearchParams(params: SearchParams): TemplateDraft | null {
  if (params.name === undefined) return null;
  return {
    name: first(params.name),
    staffGroupId: first(params.staffGroupId),
    jobRoleId: first(params.jobRoleId),
    employmentTypes: EMPLOYMENT_TYPES.filter((type) => all(params.employmentTypes).filter(isEmploymentType).includes(type)),
    credentialIds: unique(all(params.credentialIds)),
    categoryIds: unique(all(params.categoryIds)),
  };
}

export function draftQuery(draft: TemplateDraft): string {
  const query = new URLSearchParams({ name: draft.name, staffGroupId: draft.staffGroupId });
  if (draft.jobRoleId) query.set('jobRoleId', draft.jobRoleId);
  for (const type of draft.employmentTypes) query.append('employmentTypes', type);
  for (const id of draft.categoryIds) query.append('categoryIds', id);
  for (const id of draft.credentialIds) query.append('credentialIds', id);
  return query.toString();
}

/**
 * The API's input for a draft: a whole category already means every credential in it, so single
 * credentials of a chosen category are left out.
 */
export function templateInput(draft: TemplateDraft, categories: readonly { id: string; credentials: readonly { id: string }[] }[]) {
  const inWholeCategory = new Set(categories.filter((c) => draft.categoryIds.includes(c.id)).flatMap((c) => c.credentials.map((x) => x.id)));
  return {
    name: draft.name.trim(),
    staffGroupId: draft.staffGroupId,
    jobRoleId: draft.jobRoleId || null,
    employmentTypes: draft.employmentTypes,
    credentialIds: draft.credentialIds.filter((id) => !inWholeCategory.has(id)),
    categoryIds: draft.categoryIds,
  };
}

/** The checks that need no server: the API checks the rest (characters in the name, clashes). */
export function validateTemplate(draft: TemplateDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.name.trim()) errors.push({ field: 'name', message: 'Enter a name for the template', code: 'REQUIRED' });
  if (!draft.staffGroupId) errors.push({ field: 'staffGroupId', message: 'Select a staff group', code: 'REQUIRED' });
  if (draft.employmentTypes.length === 0) errors.push({ field: 'employmentTypes', message: 'Select at least one employment type', code: 'REQUIRED' });
  if (draft.credentialIds.length === 0 && draft.categoryIds.length === 0) {
    errors.push({ field: 'credentialIds', message: 'Select at least one credential or category', code: 'REQUIRED' });
  }
  return errors;
}
