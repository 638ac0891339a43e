import { TEAM_NAMES, outstandingActionsFor, requireReadableTrust } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const summariesResolvers: Resolvers = {
  Query: {
    outstandingActions: (_, __, { dataSource, actor }) =>
      outstandingActionsFor(dataSource.manager, requireReadableTrust(actor)),
  },
  TeamOutstandingActions: {
    teamName: (actions) => TEAM_NAMES[actions.team],
  },
};
