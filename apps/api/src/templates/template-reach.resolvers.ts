import { previewTemplateReach } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const templateReachResolvers: Resolvers = {
  Query: {
    templateReachPreview: (_, { input }, { dataSource, actor }) => previewTemplateReach(dataSource, actor, input),
  },
};
