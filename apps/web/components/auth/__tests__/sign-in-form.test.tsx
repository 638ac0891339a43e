import { validateSignIn } from '@/lib/auth/sign-in';
import { signInFailureErrors } from '../sign-in-form';

jest.mock('next/navigation', () => ({ useRouter: () => ({ replace: jest.fn(), refresh: jest.fn() }) }));
jest.mock('next-auth/react', () => ({ signIn: jest.fn() }));

describe('sign-in messages', () => {
  it('asks for what is missing', () => {
    expect(validateSignIn('', '').map((e) => e.message)).toEqual(['Enter your username', 'Enter your password']);
  });

  it('has a clear message for a wrong password, a locked account and an expired session', () => {
    expect(signInFailureErrors('CredentialsSignin')[0]).toMatchObject({ field: 'username', message: 'Enter a correct username and password' });
    expect(signInFailureErrors('AccountLocked')[0].message).toMatch(/locked/);
    expect(signInFailureErrors('SessionExpired')[0].message).toMatch(/session has expired/);
  });
});
