import {
  changePortalUserRole,
  deactivatePortalUser,
  findPortalUser,
  invitePortalUser,
  listPortalUsers,
  reactivatePortalUser,
  resendInvitation,
  resetPortalUserMfa,
  revokeInvitation,
  setPortalAdministratorMfaRequired,
  type TrustRole,
} from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const accountsResolvers: Resolvers = {
  Query: {
    portalUsers: (_, { filter, page }, { dataSource, actor }) => listPortalUsers(dataSource.manager, actor, filter, page),
    portalUser: (_, { id }, { dataSource, actor }) => findPortalUser(dataSource.manager, actor, id),
  },
  Mutation: {
    // The role is checked in core (a trust role only), so a NATIONAL_ADMINISTRATOR sent here is a field error.
    invitePortalUser: (_, { input }, context) => invitePortalUser(context, context.actor, { ...input, role: input.role as TrustRole }),
    resendInvitation: (_, { portalUserId }, context) => resendInvitation(context, context.actor, portalUserId),
    revokeInvitation: (_, { portalUserId }, context) => revokeInvitation(context, context.actor, portalUserId),
    changePortalUserRole: (_, { portalUserId, role }, context) => changePortalUserRole(context, context.actor, portalUserId, role as TrustRole),
    deactivatePortalUser: (_, { portalUserId }, context) => deactivatePortalUser(context, context.actor, portalUserId),
    reactivatePortalUser: (_, { portalUserId }, context) => reactivatePortalUser(context, context.actor, portalUserId),
    resetPortalUserMfa: (_, { portalUserId }, context) => resetPortalUserMfa(context, context.actor, portalUserId),
    setPortalAdministratorMfaRequired: (_, { required }, context) => setPortalAdministratorMfaRequired(context, context.actor, required),
  },
  PortalUser: {
    invitation: (user) =>
      user.invitation && {
        ...user.invitation,
        expired: user.invitation.expiresAt !== null && user.invitation.expiresAt.getTime() <= Date.now(),
      },
  },
};
