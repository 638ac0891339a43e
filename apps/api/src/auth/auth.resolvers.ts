import {
  acceptInvitation,
  canChangeTrustSettings,
  changePassword,
  completeSignIn,
  confirmMfaEnrolment,
  endSession,
  invitationByToken,
  passwordResetLinkByToken,
  requestPasswordReset,
  requireActor,
  resetPassword,
  signIn,
  signOutEverywhere,
  startMfaEnrolment,
  type OpenedSession,
  type SignInOutcome,
} from '@staff-passport/core';
import type { Resolvers, ResolversTypes } from '../generated/graphql';

/** Each step of signing in answers the same payload: a session, or the challenge for the next step. */
function signInPayload(outcome: SignInOutcome): ResolversTypes['SignInPayload'] {
  if (outcome.status === 'SIGNED_IN') return session(outcome);
  return { status: outcome.status, challengeToken: outcome.challengeToken, challengeExpiresAt: outcome.challengeExpiresAt };
}

function session({ token, expiresAt, actor }: OpenedSession): ResolversTypes['SignInPayload'] {
  return { status: 'SIGNED_IN', token, expiresAt, viewer: actor };
}

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, { actor }) => actor,
    invitation: (_, { token }, { dataSource }) => invitationByToken(dataSource.manager, token),
    passwordResetLink: (_, { token }, { dataSource }) => passwordResetLinkByToken(dataSource.manager, token),
  },
  Mutation: {
    signIn: async (_, { username, password }, context) => signInPayload(await signIn(context, username, password)),
    completeSignIn: async (_, { challengeToken, code }, context) => session(await completeSignIn(context, challengeToken, code)),
    startMfaEnrolment: (_, { challengeToken }, context) => startMfaEnrolment(context, challengeToken),
    confirmMfaEnrolment: async (_, { challengeToken, code }, context) => {
      const confirmed = await confirmMfaEnrolment(context, challengeToken, code);
      return { session: session(confirmed), recoveryCodes: confirmed.recoveryCodes };
    },
    acceptInvitation: async (_, { token, password }, context) => signInPayload(await acceptInvitation(context, token, password)),
    signOut: async (_, __, { dataSource, actor, bearerToken }) => {
      const known = requireActor(actor);
      if (known.kind !== 'PORTAL_USER' || !bearerToken) return false;
      await endSession(dataSource.manager, bearerToken);
      return true;
    },
    signOutEverywhere: (_, __, context) => signOutEverywhere(context, context.actor),
    changePassword: (_, { currentPassword, newPassword }, context) =>
      changePassword(context, context.actor, context.bearerToken, currentPassword, newPassword),
    requestPasswordReset: (_, { email }, context) => requestPasswordReset(context, email),
    resetPassword: (_, { token, newPassword }, context) => resetPassword(context, token, newPassword),
  },
  Viewer: {
    displayName: (actor) => actor.name,
    username: (actor) => (actor.kind === 'PORTAL_USER' ? actor.username : null),
    role: (actor) => (actor.kind === 'PORTAL_USER' ? actor.role : null),
    scopes: (actor) => (actor.kind === 'API_CLIENT' ? [...actor.scopes] : []),
    organisation: async (actor, _, { loaders }) =>
      actor.organisationId ? ((await loaders.organisation.load(actor.organisationId)) ?? null) : null,
    canChangeSettings: (actor) => canChangeTrustSettings(actor),
    canManagePortalUsers: (actor) => actor.kind === 'PORTAL_USER' && actor.role === 'SENIOR_PORTAL_ADMINISTRATOR',
    email: async (actor, _, { dataSource }) => {
      if (actor.kind !== 'PORTAL_USER') return null;
      const [row]: { email: string | null }[] = await dataSource.query('SELECT email FROM portal_user WHERE id = $1', [actor.id]);
      return row?.email ?? null;
    },
    mfaEnrolled: async (actor, _, { dataSource }) => {
      if (actor.kind !== 'PORTAL_USER') return null;
      const [row]: { enrolled: boolean }[] = await dataSource.query('SELECT totp_enrolled_at IS NOT NULL AS enrolled FROM portal_user WHERE id = $1', [actor.id]);
      return row?.enrolled ?? false;
    },
  },
};
