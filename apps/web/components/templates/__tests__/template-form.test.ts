import { validateTemplate } from '../template-form';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

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
