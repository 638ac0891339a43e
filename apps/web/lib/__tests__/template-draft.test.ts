import { draftFromSearchParams, draftQuery, templateInput, validateTemplate, type SearchParams, type TemplateDraft } from '../template-draft';

/** A query as a Next.js page receives it: one value as a string, several as an array. */
function asPageParams(query: string): SearchParams {
  const parsed = new URLSearchParams(query);
  return Object.fromEntries(
    [...new Set(parsed.keys())].map((key) => {
      const values = parsed.getAll(key);
      return [key, values.length === 1 ? values[0] : values];
    }),
  );
}

const draft: TemplateDraft = {
  name: "Nursing bank staff (St. Mary's) & more",
  staffGroupId: 'g3',
  jobRoleId: '',
  employmentTypes: ['TEMPORARY_MOVER', 'PERMANENT_OR_FIXED_TERM'],
  credentialIds: ['dbs', 'fire'],
  categoryIds: ['core'],
};

describe('a template draft between the form and the check page', () => {
  it('goes through the address and comes back as it was entered', () => {
    expect(draftFromSearchParams(asPageParams(draftQuery(draft)))).toEqual({ ...draft, employmentTypes: ['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'] });
  });

  it('is absent from an address that only pre-selects a staff group and job role', () => {
    expect(draftFromSearchParams({ staffGroupId: 'g9', jobRoleId: 'r1' })).toBeNull();
  });

  it('drops employment types it does not know', () => {
    expect(draftFromSearchParams({ name: 'x', employmentTypes: ['TEMPORARY_MOVER', 'EVERYONE'] })?.employmentTypes).toEqual(['TEMPORARY_MOVER']);
  });

  it('sends single credentials only when their whole category is not chosen', () => {
    const input = templateInput(draft, [{ id: 'core', credentials: [{ id: 'fire' }] }]);
    expect(input.credentialIds).toEqual(['dbs']);
    expect(input.jobRoleId).toBeNull();
  });
});

describe('template form checks before calling the API', () => {
  it('asks for a name, a staff group, an employment type and something required', () => {
    const errors = validateTemplate({ name: ' ', staffGroupId: '', jobRoleId: '', employmentTypes: [], credentialIds: [], categoryIds: [] });
    expect(errors.map((e) => e.field)).toEqual(['name', 'staffGroupId', 'employmentTypes', 'credentialIds']);
  });

  it('leaves the characters of the name to the API, which names the one refused', () => {
    expect(
      validateTemplate({ name: 'Bank_staff', staffGroupId: 'g', jobRoleId: '', employmentTypes: ['TEMPORARY_MOVER'], credentialIds: [], categoryIds: ['c'] }),
    ).toEqual([]);
  });
});
