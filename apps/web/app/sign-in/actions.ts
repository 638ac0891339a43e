'use server';

import {
  clearHandover,
  currentChallenge,
  failedStep,
  followStep,
  type StepOutcome,
} from '@/lib/auth/sign-in-steps';
import { AcceptInvitationMutation, CompleteSignInMutation, ConfirmMfaEnrolmentMutation, SignInMutation, signInFailureErrors, validateSignIn } from '@/lib/auth/sign-in';
import { confirmationErrors } from '@/lib/account/passwords';
import { env } from '@/lib/env';
import { executeGraphQL } from '@/lib/graphql/execute';
import type { FieldError } from '@/lib/graphql/result';

const timedOut: StepOutcome = { next: 'failed', restart: true, errors: signInFailureErrors('SignInTimedOut') };
const [WRONG_DETAILS] = signInFailureErrors('CredentialsSignin');

/** The first step: username and password. */
export async function submitPassword(username: string, password: string): Promise<StepOutcome> {
  const errors = validateSignIn(username, password);
  if (errors.length) return { next: 'failed', errors };
  const result = await executeGraphQL(env().apiUrl, SignInMutation, { username: username.trim(), password });
  return result.ok ? followStep(result.data.signIn) : failedStep(result.error, { wrongDetails: WRONG_DETAILS });
}

/** The second step: a code from the authenticator app, or a recovery code. */
export async function submitCode(code: string): Promise<StepOutcome> {
  const challenge = await currentChallenge();
  if (!challenge || challenge.kind !== 'MFA_REQUIRED') return timedOut;
  if (!code.trim()) return { next: 'failed', errors: [{ field: 'code', message: 'Enter the code from your authenticator app, or a recovery code', code: 'REQUIRED' }] };
  const result = await executeGraphQL(env().apiUrl, CompleteSignInMutation, { challengeToken: challenge.challengeToken, code: code.trim() });
  return result.ok ? followStep(result.data.completeSignIn) : failedStep(result.error);
}

/** Setting up the authenticator app: its first code proves it works; the recovery codes come back once. */
export async function confirmAuthenticator(code: string): Promise<StepOutcome> {
  const challenge = await currentChallenge();
  if (!challenge || challenge.kind !== 'MFA_ENROLMENT_REQUIRED') return timedOut;
  if (!code.trim()) return { next: 'failed', errors: [{ field: 'code', message: 'Enter the 6-digit code your authenticator app shows', code: 'REQUIRED' }] };
  const result = await executeGraphQL(env().apiUrl, ConfirmMfaEnrolmentMutation, { challengeToken: challenge.challengeToken, code: code.replace(/\s/g, '') });
  if (!result.ok) return failedStep(result.error);
  const { session, recoveryCodes } = result.data.confirmMfaEnrolment;
  return followStep(session, recoveryCodes);
}

/** Accepting an invitation sets the password; the person then sets up MFA, or is signed in. */
export async function acceptInvitation(token: string, password: string, confirmPassword: string): Promise<StepOutcome> {
  const errors: FieldError[] = password
    ? confirmationErrors(password, confirmPassword, 'confirmPassword')
    : [{ field: 'password', message: 'Enter a password', code: 'REQUIRED' }];
  if (errors.length) return { next: 'failed', errors };
  const result = await executeGraphQL(env().apiUrl, AcceptInvitationMutation, { token, password });
  if (!result.ok) {
    if (result.error.kind === 'validation') {
      // the token is not a field the person sees: its errors are about the whole invitation
      const shown = result.error.errors.map((error) => (error.field === 'token' ? { ...error, field: null } : error));
      return { next: 'failed', errors: shown };
    }
    return failedStep(result.error);
  }
  return followStep(result.data.acceptInvitation);
}

/** Called once next-auth has taken the session: the handover is not left for a minute. */
export async function handoverTaken(): Promise<void> {
  await clearHandover();
}
