import { requireActor, setAutoIssue } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const credentialsResolvers: Resolvers = {
  Query: {
    credentialCatalogue: (_, __, { actor, loaders }) => {
      requireActor(actor);
      return loaders.reference.categories();
    },
  },
  Mutation: {
    setAutoIssue: async (_, { input }, context) => {
      const { loaders } = context;
      const changedCount = await setAutoIssue(context, context.actor, input.changes);
      return { changedCount, catalogue: await loaders.reference.categories() };
    },
  },
  CredentialCategory: {
    credentials: (category, _, { loaders }) => loaders.credentialsByCategory.load(category.id),
    autoIssue: async (category, _, { loaders }) => {
      const credentials = await loaders.credentialsByCategory.load(category.id);
      const flags = await loaders.autoIssue.loadMany(credentials.map((credential) => credential.id));
      if (flags.some((flag) => flag === null || flag instanceof Error)) return null;
      if (flags.every((flag) => flag === true)) return 'ALL';
      return flags.some((flag) => flag === true) ? 'SOME' : 'NONE';
    },
  },
  Credential: {
    category: async (credential, _, { loaders }) => (await loaders.category.load(credential.categoryId))!,
    autoIssue: (credential, _, { loaders }) => loaders.autoIssue.load(credential.id),
  },
};
