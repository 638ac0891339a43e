import { signInFailureErrors, validateSignIn } from '@/lib/auth/sign-in';

describe('sign-in messages', () => {
  it('asks for what is missing', () => {
    expect(validateSignIn('', '').map((e) => e.message)).toEqual(['Enter your username', 'Enter your password']);
  });

  it('has a clear message for a wrong password, a locked account and an expired session', () => {
    expect(signInFailureErrors('CredentialsSignin')[0]).toMatchObject({ field: 'username', message: 'Enter a correct username and password' });
    expect(signInFailureErrors('AccountLocked')[0].message).toMatch(/locked/);
    expect(signInFailureErrors('SessionExpired')[0].message).toMatch(/session has expired/);
    expect(signInFailureErrors('SignInTimedOut')[0]).toMatchObject({ field: null, message: 'Your sign-in has timed out. Sign in again.' });
  });
});
