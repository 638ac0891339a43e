'use server';

import { redirect } from 'next/navigation';
import { ROLE_NAMES } from '@/components/accounts/portal-users';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { setFlash } from '@/lib/flash';
import { PORTAL_USERS_PATH, portalUserPath } from '@/lib/navigation';
import { graphql } from '@/src/gql';
import type { InvitePortalUserInput, PortalRole } from '@/src/gql/graphql';

const InvitePortalUserMutation = graphql(`
  mutation InvitePortalUser($input: InvitePortalUserInput!) {
    invitePortalUser(input: $input) {
      id
      displayName
      email
    }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($portalUserId: ID!) {
    resendInvitation(portalUserId: $portalUserId) {
      id
      displayName
      email
    }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($portalUserId: ID!) {
    revokeInvitation(portalUserId: $portalUserId) {
      id
      displayName
    }
  }
`);

const ChangePortalUserRoleMutation = graphql(`
  mutation ChangePortalUserRole($portalUserId: ID!, $role: PortalRole!) {
    changePortalUserRole(portalUserId: $portalUserId, role: $role) {
      id
      displayName
      role
    }
  }
`);

const DeactivatePortalUserMutation = graphql(`
  mutation DeactivatePortalUser($portalUserId: ID!) {
    deactivatePortalUser(portalUserId: $portalUserId) {
      id
      displayName
    }
  }
`);

const ReactivatePortalUserMutation = graphql(`
  mutation ReactivatePortalUser($portalUserId: ID!) {
    reactivatePortalUser(portalUserId: $portalUserId) {
      id
      displayName
      status
    }
  }
`);

const ResetPortalUserMfaMutation = graphql(`
  mutation ResetPortalUserMfa($portalUserId: ID!) {
    resetPortalUserMfa(portalUserId: $portalUserId) {
      id
      displayName
    }
  }
`);

const SetPortalAdministratorMfaRequiredMutation = graphql(`
  mutation SetPortalAdministratorMfaRequired($required: Boolean!) {
    setPortalAdministratorMfaRequired(required: $required) {
      portalAdministratorMfaRequired
    }
  }
`);

/** The check-your-answers page's Send invitation. */
export async function invitePortalUser(input: InvitePortalUserInput): Promise<ActionFailure | void> {
  const result = await callApi(InvitePortalUserMutation, { input });
  if (!result.ok) return { error: result.error };
  const person = result.data.invitePortalUser;
  await setFlash({
    kind: 'success',
    page: PORTAL_USERS_PATH,
    message: `An invitation has been sent to ${person.displayName} at ${person.email}. The link in it works for 72 hours.`,
  });
  redirect(PORTAL_USERS_PATH);
}

export async function resendInvitation(portalUserId: string): Promise<ActionFailure | void> {
  const result = await callApi(ResendInvitationMutation, { portalUserId });
  if (!result.ok) return { error: result.error };
  const person = result.data.resendInvitation;
  await setFlash({
    kind: 'success',
    page: portalUserPath(portalUserId),
    message: `The invitation has been sent to ${person.displayName} again. The link in the earlier email no longer works.`,
  });
  redirect(portalUserPath(portalUserId));
}

/** `currentRole`: the role the person had when the form was shown, so choosing it again changes nothing. */
export async function changePortalUserRole(portalUserId: string, role: PortalRole, currentRole: PortalRole): Promise<ActionFailure | void> {
  if (role === currentRole) {
    await setFlash({ kind: 'information', page: portalUserPath(portalUserId), message: `Nothing was changed: the role is ${ROLE_NAMES[role]} as it was` });
    redirect(portalUserPath(portalUserId));
  }
  const result = await callApi(ChangePortalUserRoleMutation, { portalUserId, role });
  if (!result.ok) return { error: result.error };
  const person = result.data.changePortalUserRole;
  await setFlash({ kind: 'success', page: portalUserPath(portalUserId), message: `${person.displayName} is now a ${ROLE_NAMES[person.role]}` });
  redirect(portalUserPath(portalUserId));
}

export type PortalUserAction = 'deactivate' | 'reactivate' | 'reset-mfa' | 'withdraw-invitation';

/** The Yes button of an 'Are you sure' page about one person. */
export async function confirmPortalUserAction(action: PortalUserAction, portalUserId: string): Promise<ActionFailure | void> {
  let message: string;
  switch (action) {
    case 'deactivate': {
      const result = await callApi(DeactivatePortalUserMutation, { portalUserId });
      if (!result.ok) return { error: result.error };
      message = `${result.data.deactivatePortalUser.displayName} has been deactivated and signed out. They cannot sign in until they are reactivated.`;
      break;
    }
    case 'reactivate': {
      const result = await callApi(ReactivatePortalUserMutation, { portalUserId });
      if (!result.ok) return { error: result.error };
      const person = result.data.reactivatePortalUser;
      message =
        person.status === 'INVITED'
          ? `${person.displayName} has been reactivated and sent a new invitation, as they had not accepted the earlier one.`
          : `${person.displayName} has been reactivated and can sign in again.`;
      break;
    }
    case 'reset-mfa': {
      const result = await callApi(ResetPortalUserMfaMutation, { portalUserId });
      if (!result.ok) return { error: result.error };
      message = `Two-step verification has been reset for ${result.data.resetPortalUserMfa.displayName}. They will set up an authenticator app again when they next sign in.`;
      break;
    }
    case 'withdraw-invitation': {
      const result = await callApi(RevokeInvitationMutation, { portalUserId });
      if (!result.ok) return { error: result.error };
      message = `The invitation to ${result.data.revokeInvitation.displayName} has been withdrawn. Its link no longer works.`;
      break;
    }
    default: {
      const unreachable: never = action;
      throw new Error(`Unknown action ${String(unreachable)}`);
    }
  }
  await setFlash({ kind: 'success', page: portalUserPath(portalUserId), message });
  redirect(portalUserPath(portalUserId));
}

export async function setPortalAdministratorMfaRequired(required: boolean, current: boolean): Promise<ActionFailure | void> {
  if (required === current) {
    await setFlash({ kind: 'information', page: PORTAL_USERS_PATH, message: 'Nothing was changed: the setting for Portal Administrators is as it was' });
    redirect(PORTAL_USERS_PATH);
  }
  const result = await callApi(SetPortalAdministratorMfaRequiredMutation, { required });
  if (!result.ok) return { error: result.error };
  await setFlash({
    kind: 'success',
    page: PORTAL_USERS_PATH,
    message: result.data.setPortalAdministratorMfaRequired.portalAdministratorMfaRequired
      ? 'Portal Administrators now need an authenticator app. Those without one will set it up when they next sign in.'
      : 'Portal Administrators no longer need an authenticator app.',
  });
  redirect(PORTAL_USERS_PATH);
}
