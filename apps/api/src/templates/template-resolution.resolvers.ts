import { templateResolutionStatus } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const templateResolutionResolvers: Resolvers = {
  Query: {
    templateResolutionStatus: (_, __, { dataSource, actor }) => templateResolutionStatus(dataSource.manager, actor),
  },
};
