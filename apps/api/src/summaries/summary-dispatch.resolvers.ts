import { listSummaryDispatches, requestSummaryNow, TEAM_NAMES } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const summaryDispatchResolvers: Resolvers = {
  Query: {
    summaryDispatches: (_, { filter, page }, { dataSource, actor }) =>
      listSummaryDispatches(dataSource.manager, actor, filter, page),
  },
  Mutation: {
    sendSummaryNow: (_, { team }, context) => requestSummaryNow(context, context.actor, team),
  },
  SummaryDispatch: {
    teamName: (dispatch) => TEAM_NAMES[dispatch.team],
  },
};
