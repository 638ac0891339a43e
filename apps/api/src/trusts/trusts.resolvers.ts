import {
  deactivateTrust,
  listTrusts,
  reactivateTrust,
  registerTrust,
  requireNationalAdministrator,
  resendTrustInvitation,
} from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const trustsResolvers: Resolvers = {
  Query: {
    trusts: (_, { filter, page }, { dataSource, actor }) => listTrusts(dataSource.manager, actor, filter, page),
  },
  Mutation: {
    registerTrust: (_, { input }, context) => registerTrust(context, requireNationalAdministrator(context.actor), input),
    deactivateTrust: (_, { id }, context) => deactivateTrust(context, context.actor, id),
    reactivateTrust: (_, { id }, context) => reactivateTrust(context, context.actor, id),
    resendTrustInvitation: (_, { id }, context) => resendTrustInvitation(context, context.actor, id),
  },
  AuditEvent: {
    trust: (event, _, { loaders }) => (event.organisationId ? loaders.trust.load(event.organisationId) : null),
  },
};
