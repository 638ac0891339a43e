'use server';

import { redirect } from 'next/navigation';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { setFlash } from '@/lib/flash';
import { trustPath } from '@/lib/navigation';
import { graphql } from '@/src/gql';
import type { RegisterTrustInput } from '@/src/gql/graphql';

const RegisterTrustMutation = graphql(`
  mutation RegisterTrust($input: RegisterTrustInput!) {
    registerTrust(input: $input) {
      id
      odsCode
      name
    }
  }
`);

const DeactivateTrustMutation = graphql(`
  mutation DeactivateTrust($id: ID!) {
    deactivateTrust(id: $id) {
      id
      odsCode
      name
    }
  }
`);

const ReactivateTrustMutation = graphql(`
  mutation ReactivateTrust($id: ID!) {
    reactivateTrust(id: $id) {
      id
      odsCode
      name
    }
  }
`);

const ResendTrustInvitationMutation = graphql(`
  mutation ResendTrustInvitation($id: ID!) {
    resendTrustInvitation(id: $id) {
      id
      odsCode
      name
    }
  }
`);

/** The check-your-answers page's Register trust. */
export async function registerTrust(input: RegisterTrustInput): Promise<ActionFailure | void> {
  const result = await callApi(RegisterTrustMutation, { input });
  if (!result.ok) return { error: result.error };
  const trust = result.data.registerTrust;
  await setFlash({
    kind: 'success',
    page: trustPath(trust.odsCode),
    message: `${trust.name} (${trust.odsCode}) has been registered. An invitation has been sent to ${input.firstSeniorAdministrator.name} at ${input.firstSeniorAdministrator.email.trim()}.`,
  });
  redirect(trustPath(trust.odsCode));
}

export type TrustAction = 'deactivate' | 'reactivate' | 'resend-invitation';

export async function changeTrust(action: TrustAction, id: string): Promise<ActionFailure | void> {
  let trust: { odsCode: string; name: string };
  let message: (name: string) => string;
  switch (action) {
    case 'deactivate': {
      const result = await callApi(DeactivateTrustMutation, { id });
      if (!result.ok) return { error: result.error };
      trust = result.data.deactivateTrust;
      message = (name) => `${name} has been deactivated. Its users have been signed out and its API keys no longer work.`;
      break;
    }
    case 'reactivate': {
      const result = await callApi(ReactivateTrustMutation, { id });
      if (!result.ok) return { error: result.error };
      trust = result.data.reactivateTrust;
      message = (name) => `${name} has been reactivated. Its users can sign in again and its API keys work again.`;
      break;
    }
    case 'resend-invitation': {
      const result = await callApi(ResendTrustInvitationMutation, { id });
      if (!result.ok) return { error: result.error };
      trust = result.data.resendTrustInvitation;
      message = (name) => `The invitation to ${name}’s first Senior Portal Administrator has been sent again. The link in the earlier email no longer works.`;
      break;
    }
    default: {
      const unreachable: never = action;
      throw new Error(`Unknown action ${String(unreachable)}`);
    }
  }
  await setFlash({ kind: 'success', page: trustPath(trust.odsCode), message: message(trust.name) });
  redirect(trustPath(trust.odsCode));
}
