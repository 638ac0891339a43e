import { TEAM_NAMES, updateNotificationSetting } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const notificationsResolvers: Resolvers = {
  Mutation: {
    updateNotificationSetting: (_, { input }, context) => updateNotificationSetting(context, context.actor, input),
  },
  NotificationSetting: {
    teamName: (setting) => TEAM_NAMES[setting.team],
  },
};
