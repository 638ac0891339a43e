/**
 * How the Portal users pages put a person's role, status and two-step verification into words. The
 * API says what is true (PortalUser); these only choose the words, so they are tested here.
 */
import { ROLE_NAMES } from '@/lib/portal-roles';

export { ROLE_NAMES };
export type PortalUserStatusName = 'INVITED' | 'ACTIVE' | 'DEACTIVATED';

/** The roles a trust's Senior Portal Administrator may give, with what each may do. */
export const TRUST_ROLE_OPTIONS: { value: 'SENIOR_PORTAL_ADMINISTRATOR' | 'PORTAL_ADMINISTRATOR'; label: string; hint: string }[] = [
  {
    value: 'PORTAL_ADMINISTRATOR',
    label: ROLE_NAMES.PORTAL_ADMINISTRATOR,
    hint: 'Can view the trust’s settings, but not change them.',
  },
  {
    value: 'SENIOR_PORTAL_ADMINISTRATOR',
    label: ROLE_NAMES.SENIOR_PORTAL_ADMINISTRATOR,
    hint: 'Can change the trust’s settings and manage its portal users. Needs an authenticator app.',
  },
];

export const STATUS_NAMES: Record<PortalUserStatusName, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DEACTIVATED: 'Deactivated',
};

export const STATUS_COLOURS: Record<PortalUserStatusName, 'green' | 'blue' | 'grey'> = {
  INVITED: 'blue',
  ACTIVE: 'green',
  DEACTIVATED: 'grey',
};

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
export const formatDateTime = (iso: string) => day.format(new Date(iso));

/** Whether they have an authenticator app set up, and whether they need one. */
export function mfaStatusText(user: { mfaEnrolled: boolean; mfaRequired: boolean }): string {
  if (user.mfaEnrolled) return 'Set up';
  return user.mfaRequired ? 'Not set up yet: asked for at next sign-in' : 'Not set up (not needed)';
}

export interface InvitationState {
  sentAt?: string | null;
  expiresAt?: string | null;
  expired: boolean;
  emailStatus?: 'PENDING' | 'SENT' | 'FAILED' | 'CANCELLED' | null;
  emailError?: string | null;
}

/** Where an invitation stands, for a person who has not accepted it yet. */
export function invitationText(invitation: InvitationState | null | undefined): string {
  if (!invitation) return 'No invitation waiting';
  if (invitation.emailStatus === 'FAILED') {
    return `The invitation email could not be sent${invitation.emailError ? ` (${invitation.emailError})` : ''}. Send it again`;
  }
  if (invitation.expired) return 'The invitation has expired. Send it again';
  if (!invitation.sentAt || invitation.emailStatus === 'PENDING') return 'The invitation email is waiting to be sent';
  return `Sent ${formatDateTime(invitation.sentAt)}${invitation.expiresAt ? `; the link works until ${formatDateTime(invitation.expiresAt)}` : ''}`;
}

export const lastSignInText = (lastSignedInAt: string | null | undefined) => (lastSignedInAt ? formatDateTime(lastSignedInAt) : 'Never');

/** The people a Senior Portal Administrator may act on: never themselves (the API refuses it too). */
export function actionsFor(user: { id: string; status: PortalUserStatusName; mfaEnrolled: boolean }, viewerId: string) {
  const self = user.id === viewerId;
  return {
    self,
    changeRole: !self,
    deactivate: !self && user.status === 'ACTIVE',
    reactivate: user.status === 'DEACTIVATED',
    resetMfa: !self && user.mfaEnrolled,
    resendInvitation: user.status === 'INVITED',
    withdrawInvitation: user.status === 'INVITED',
  };
}
