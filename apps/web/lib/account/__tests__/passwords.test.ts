import { confirmationErrors, isRefusedResetLink, mfaStatus, roleName } from '../passwords';

describe('the confirmation of a new password', () => {
  it('asks for it again when it is missing, and says when the two differ', () => {
    expect(confirmationErrors('river lantern harbour', '', 'confirmPassword')).toEqual([
      { field: 'confirmPassword', message: 'Enter your new password again to confirm it', code: 'REQUIRED' },
    ]);
    expect(confirmationErrors('river lantern harbour', 'river lantern harbor', 'confirmPassword')).toEqual([
      { field: 'confirmPassword', message: 'The passwords do not match: enter the same password twice', code: 'MISMATCH' },
    ]);
  });

  it('leaves a missing new password, and the password rule, to the API', () => {
    expect(confirmationErrors('', 'anything', 'confirmPassword')).toEqual([]);
    expect(confirmationErrors('short', 'short', 'confirmPassword')).toEqual([]);
  });
});

describe('a refused reset link', () => {
  it('is the API’s error about the token, not one about the password', () => {
    const tokenError = { field: 'token', message: 'This password reset link has expired or has already been used. Ask for a new one', code: 'BAD_USER_INPUT' };
    const passwordError = { field: 'newPassword', message: 'Password must be 12 characters or more', code: 'BAD_USER_INPUT' };
    expect(isRefusedResetLink({ kind: 'validation', errors: [tokenError] })).toBe(true);
    expect(isRefusedResetLink({ kind: 'validation', errors: [passwordError] })).toBe(false);
    expect(isRefusedResetLink({ kind: 'network' })).toBe(false);
  });
});

describe('the account page', () => {
  it('names each role in words', () => {
    expect(roleName('SENIOR_PORTAL_ADMINISTRATOR')).toBe('Senior Portal Administrator');
    expect(roleName('PORTAL_ADMINISTRATOR')).toBe('Portal Administrator');
    expect(roleName('NATIONAL_ADMINISTRATOR')).toBe('National Administrator');
  });

  it('says whether the authenticator app is set up, and when it is not whether the person needs one', () => {
    expect(mfaStatus({ role: 'SENIOR_PORTAL_ADMINISTRATOR', mfaEnrolled: true })).toMatch(/^Set up/);
    expect(mfaStatus({ role: 'SENIOR_PORTAL_ADMINISTRATOR', mfaEnrolled: false })).toMatch(/asked to set up an authenticator app when you next sign in/);
    expect(mfaStatus({ role: 'PORTAL_ADMINISTRATOR', mfaEnrolled: false, organisation: { portalAdministratorMfaRequired: true } })).toMatch(/when you next sign in/);
    expect(mfaStatus({ role: 'PORTAL_ADMINISTRATOR', mfaEnrolled: false, organisation: { portalAdministratorMfaRequired: false } })).toMatch(
      /your trust does not ask Portal Administrators/,
    );
  });
});
