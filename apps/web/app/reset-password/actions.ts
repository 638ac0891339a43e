'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionFailure } from '@/lib/actions/call-api';
import { RESET_PASSWORD_PATH, RESET_TOKEN_COOKIE } from '@/lib/account/password-reset-link';
import { PASSWORD_RESET_MESSAGE } from '@/lib/account/messages';
import { confirmationErrors, isRefusedResetLink } from '@/lib/account/passwords';
import { clearSessionCookies } from '@/lib/account/session-cookies';
import { env } from '@/lib/env';
import { setFlash } from '@/lib/flash';
import { executeGraphQL } from '@/lib/graphql/execute';
import { graphql } from '@/src/gql';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

async function forgetToken(): Promise<void> {
  (await cookies()).set(RESET_TOKEN_COOKIE, '', { path: RESET_PASSWORD_PATH, maxAge: 0, httpOnly: true, sameSite: 'lax', secure: env().nextAuthUrl.startsWith('https:') });
}

/**
 * Sets the new password with the link's token (from its cookie: see passwordResetLinkRedirect). A
 * link the API refuses is forgotten and the page says so; on success every session of the person
 * has ended, this browser's included, and they sign in again.
 */
export async function resetPassword(newPassword: string, confirmation: string): Promise<ActionFailure | void> {
  const token = (await cookies()).get(RESET_TOKEN_COOKIE)?.value;
  if (!token) redirect(RESET_PASSWORD_PATH);
  const mismatch = confirmationErrors(newPassword, confirmation, 'confirmPassword');
  if (mismatch.length) return { error: { kind: 'validation', errors: mismatch } };
  const result = await executeGraphQL(env().apiUrl, ResetPasswordMutation, { token, newPassword });
  if (!result.ok) {
    if (!isRefusedResetLink(result.error)) return { error: result.error };
    await forgetToken();
    redirect(RESET_PASSWORD_PATH);
  }
  await forgetToken();
  await clearSessionCookies();
  await setFlash({ kind: 'success', page: '/sign-in', message: PASSWORD_RESET_MESSAGE });
  redirect('/sign-in');
}
