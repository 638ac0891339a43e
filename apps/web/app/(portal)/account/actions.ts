'use server';

import { redirect } from 'next/navigation';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { PASSWORD_CHANGED_MESSAGE, SIGNED_OUT_EVERYWHERE_MESSAGE } from '@/lib/account/messages';
import { ACCOUNT_PATH } from '@/lib/account/paths';
import { confirmationErrors } from '@/lib/account/passwords';
import { clearSessionCookies } from '@/lib/account/session-cookies';
import { setFlash } from '@/lib/flash';
import { isUnauthenticated } from '@/lib/graphql/result';
import { graphql } from '@/src/gql';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** The API checks the current password and the new one; the portal only that the new one was typed twice alike. */
export async function changePassword(currentPassword: string, newPassword: string, confirmation: string): Promise<ActionFailure | void> {
  const mismatch = confirmationErrors(newPassword, confirmation, 'confirmPassword');
  if (mismatch.length) {
    const missingCurrent = currentPassword ? [] : [{ field: 'currentPassword', message: 'Enter your current password', code: 'REQUIRED' }];
    return { error: { kind: 'validation', errors: [...missingCurrent, ...mismatch] } };
  }
  const result = await callApi(ChangePasswordMutation, { currentPassword, newPassword });
  if (!result.ok) return { error: result.error };
  await setFlash({ kind: 'success', page: ACCOUNT_PATH, message: PASSWORD_CHANGED_MESSAGE });
  redirect(ACCOUNT_PATH);
}

/** Every session of the person ends, this one too: the browser's cookie goes with it, and they land on sign in. */
export async function signOutEverywhere(): Promise<ActionFailure | void> {
  const result = await callApi(SignOutEverywhereMutation, {});
  // a session already over has nothing left to end here
  if (!result.ok && !isUnauthenticated(result.error)) return { error: result.error };
  await clearSessionCookies();
  await setFlash({ kind: 'success', page: '/sign-in', message: SIGNED_OUT_EVERYWHERE_MESSAGE });
  redirect('/sign-in');
}
