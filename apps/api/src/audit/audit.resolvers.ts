import { listAuditEvents } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_, { page }, { dataSource, actor }) => listAuditEvents(dataSource.manager, actor, page),
  },
};
