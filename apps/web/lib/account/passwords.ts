import type { FieldError } from '@/lib/graphql/result';
import { ROLE_NAMES } from '@/lib/portal-roles';
import type { PortalRole } from '@/src/gql/graphql';

/** The API's password rule in a person's words (NCSC: length over complexity), for every form that sets one. */
export const PASSWORD_HINT =
  'Use 12 characters or more. Three random words together are a good choice. Do not use a password you use anywhere else, or one that is easy to guess.';

/**
 * What the portal itself checks on a form that sets a password: that the confirmation repeats it.
 * Everything else (12 to 128 characters, not easy to guess, the current password) is the API's rule,
 * and its messages come back per field.
 */
export function confirmationErrors(newPassword: string, confirmation: string, confirmField: string): FieldError[] {
  if (!newPassword) return [];
  if (!confirmation) return [{ field: confirmField, message: 'Enter your new password again to confirm it', code: 'REQUIRED' }];
  if (confirmation !== newPassword) return [{ field: confirmField, message: 'The passwords do not match: enter the same password twice', code: 'MISMATCH' }];
  return [];
}

/** Whether the API refused a reset link's token (expired, used, or never issued) rather than the password. */
export function isRefusedResetLink(error: { kind: string; errors?: readonly FieldError[] }): boolean {
  return error.kind === 'validation' && (error.errors ?? []).some((e) => e.field === 'token');
}

export function roleName(role: PortalRole | null | undefined): string {
  return role ? ROLE_NAMES[role] : 'None';
}

/**
 * How the account page states a person's second factor: whether it is set up, and if not whether
 * they need one (always for National and Senior Portal Administrators, per trust for Portal
 * Administrators).
 */
export function mfaStatus(viewer: { role?: string | null; mfaEnrolled?: boolean | null; organisation?: { portalAdministratorMfaRequired: boolean } | null }): string {
  if (viewer.mfaEnrolled) return 'Set up: you sign in with a code from your authenticator app';
  const required = viewer.role !== 'PORTAL_ADMINISTRATOR' || Boolean(viewer.organisation?.portalAdministratorMfaRequired);
  return required
    ? 'Not set up: you will be asked to set up an authenticator app when you next sign in'
    : 'Not set up: your trust does not ask Portal Administrators to use an authenticator app';
}
