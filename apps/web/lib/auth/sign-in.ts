import { graphql } from '@/src/gql';

export const SignInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
      expiresAt
      viewer {
        id
        displayName
        role
        canChangeSettings
      }
    }
  }
`);

/** Why sign-in failed, as next-auth passes it to the sign-in page (`?error=`). */
export type SignInFailure = 'CredentialsSignin' | 'AccountLocked' | 'ServiceUnavailable' | 'SessionExpired';

export function signInErrorMessage(code: string | null | undefined): string | null {
  switch (code) {
    case null:
    case undefined:
    case '':
      return null;
    case 'AccountLocked':
      return 'Your account is locked because of too many failed sign-in attempts. Try again in 15 minutes.';
    case 'ServiceUnavailable':
      return 'The service is not available at the moment. Try again later.';
    case 'SessionExpired':
      return 'Your session has expired. Sign in again to continue.';
    default:
      return 'Enter a correct username and password';
  }
}
