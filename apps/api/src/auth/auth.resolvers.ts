import { canChangeTrustSettings, endSession, requireActor, signIn, type Actor } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, { actor }) => actor,
  },
  Mutation: {
    signIn: async (_, { username, password }, { dataSource }) => {
      const { token, expiresAt, user } = await signIn(dataSource, username, password);
      const viewer: Actor = {
        kind: 'PORTAL_USER',
        id: user.id,
        name: user.displayName,
        username: user.username,
        organisationId: user.organisationId,
        role: user.role,
      };
      return { token, expiresAt, viewer };
    },
    signOut: async (_, __, { dataSource, actor, bearerToken }) => {
      const known = requireActor(actor);
      if (known.kind !== 'PORTAL_USER' || !bearerToken) return false;
      await endSession(dataSource.manager, bearerToken);
      return true;
    },
  },
  Viewer: {
    displayName: (actor) => actor.name,
    username: (actor) => (actor.kind === 'PORTAL_USER' ? actor.username : null),
    role: (actor) => (actor.kind === 'PORTAL_USER' ? actor.role : null),
    scopes: (actor) => (actor.kind === 'API_CLIENT' ? [...actor.scopes] : []),
    organisation: async (actor, _, { loaders }) =>
      actor.organisationId ? ((await loaders.organisation.load(actor.organisationId)) ?? null) : null,
    canChangeSettings: (actor) => canChangeTrustSettings(actor),
  },
};
