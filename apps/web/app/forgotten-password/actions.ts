'use server';

import { redirect } from 'next/navigation';
import { CHECK_YOUR_EMAIL_PATH } from '@/lib/account/paths';
import type { ActionFailure } from '@/lib/actions/call-api';
import { env } from '@/lib/env';
import { executeGraphQL } from '@/lib/graphql/execute';
import { graphql } from '@/src/gql';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * Asks the API to email a reset link. It answers the same whether or not the address has an
 * account, and so does the page that follows: nobody learns here who has one.
 */
export async function requestPasswordReset(email: string): Promise<ActionFailure | void> {
  const result = await executeGraphQL(env().apiUrl, RequestPasswordResetMutation, { email });
  if (!result.ok) return { error: result.error };
  redirect(CHECK_YOUR_EMAIL_PATH);
}
