import { graphql } from '@/src/gql';

/** What every step of signing in answers: a session, or a challenge for the next step. */
export const SignInStepFragment = graphql(`
  fragment SignInStep on SignInPayload {
    status
    token
    expiresAt
    challengeToken
    viewer {
      id
      displayName
      role
      canChangeSettings
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      ...SignInStep
    }
  }
`);

export const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($challengeToken: String!, $code: String!) {
    completeSignIn(challengeToken: $challengeToken, code: $code) {
      ...SignInStep
    }
  }
`);

export const StartMfaEnrolmentMutation = graphql(`
  mutation StartMfaEnrolment($challengeToken: String!) {
    startMfaEnrolment(challengeToken: $challengeToken) {
      secret
      otpauthUrl
      qrCodeSvg
      issuer
      accountName
    }
  }
`);

export const ConfirmMfaEnrolmentMutation = graphql(`
  mutation ConfirmMfaEnrolment($challengeToken: String!, $code: String!) {
    confirmMfaEnrolment(challengeToken: $challengeToken, code: $code) {
      session {
        ...SignInStep
      }
      recoveryCodes
    }
  }
`);

export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      displayName
      email
      role
      trust {
        odsCode
        name
      }
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...SignInStep
    }
  }
`);

/** Why sign-in failed, as the sign-in page shows it (`?error=`, or the answer of a sign-in step). */
export type SignInFailure = 'CredentialsSignin' | 'AccountLocked' | 'ServiceUnavailable' | 'SessionExpired' | 'SignInTimedOut';

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
    case 'SignInTimedOut':
      return 'Your sign-in has timed out. Sign in again.';
    default:
      return 'Enter a correct username and password';
  }
}

/** The password step's own checks, before anything is sent (the form and its server action share them). */
export function validateSignIn(username: string, password: string): { field: string; message: string; code: string }[] {
  const errors = [];
  if (!username.trim()) errors.push({ field: 'username', message: 'Enter your username', code: 'REQUIRED' });
  if (!password) errors.push({ field: 'password', message: 'Enter your password', code: 'REQUIRED' });
  return errors;
}

/** A sign-in failure named in the URL (`?error=`) as a message at the top of the form; wrong details point at the username. */
export function signInFailureErrors(code: string): { field: string | null; message: string; code: string }[] {
  const message = signInErrorMessage(code) ?? 'Enter a correct username and password';
  const field = code === 'CredentialsSignin' ? 'username' : null;
  return [{ field, message, code }];
}
