import { describeError, errorFromGraphQLErrors, fieldErrorsOf, resultFromResponse } from '../result';

describe('the one result type for API calls', () => {
  it('turns BAD_USER_INPUT errors into one validation error with their fields', () => {
    const error = errorFromGraphQLErrors([
      { message: 'Template name must not include underscore (_).', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
      { message: 'Select at least one employment type', extensions: { code: 'BAD_USER_INPUT', field: 'employmentTypes' } },
    ]);
    expect(error).toEqual({
      kind: 'validation',
      errors: [
        { field: 'name', message: 'Template name must not include underscore (_).', code: 'BAD_USER_INPUT' },
        { field: 'employmentTypes', message: 'Select at least one employment type', code: 'BAD_USER_INPUT' },
      ],
    });
  });

  it('keeps the code of other GraphQL errors', () => {
    expect(errorFromGraphQLErrors([{ message: 'No', extensions: { code: 'FORBIDDEN' } }])).toEqual({ kind: 'graphql', code: 'FORBIDDEN', message: 'No' });
  });

  it('is ok with the data of a successful response', () => {
    expect(resultFromResponse(200, { data: { me: null } })).toEqual({ ok: true, data: { me: null } });
  });

  it('reports an answer that is not GraphQL as an HTTP error', () => {
    expect(resultFromResponse(502, null)).toEqual({ ok: false, error: { kind: 'http', status: 502, message: 'The API answered with HTTP 502' } });
  });

  it('says clearly when the session has expired or the account is locked', () => {
    expect(describeError({ kind: 'graphql', code: 'UNAUTHENTICATED', message: '' })).toMatch(/session has expired/);
    expect(describeError({ kind: 'graphql', code: 'ACCOUNT_LOCKED', message: '' })).toMatch(/account is locked/);
    expect(describeError({ kind: 'network', message: 'ECONNREFUSED' })).toMatch(/not available/);
  });

  it('shows a failure that is not about a field as one message without a field', () => {
    expect(fieldErrorsOf({ kind: 'graphql', code: 'FORBIDDEN', message: 'x' })).toEqual([
      { field: null, message: expect.stringMatching(/Senior Portal Administrator/), code: 'FORBIDDEN' },
    ]);
  });
});
