import { listAuditEvents } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_, { filter, page }, { dataSource, actor }) => listAuditEvents(dataSource.manager, actor, filter, page),
  },
  AuditEvent: {
    summary: async (event, _, { loaders }) => (await loaders.auditDescription.load(event)).summary,
    changes: async (event, _, { loaders }) => (await loaders.auditDescription.load(event)).changes,
  },
};
