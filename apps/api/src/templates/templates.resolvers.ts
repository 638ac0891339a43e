import {
  createTemplate,
  deleteTemplate,
  effectiveTemplateFor,
  getTemplate,
  listTemplates,
  updateTemplate,
} from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const templatesResolvers: Resolvers = {
  Query: {
    credentialsRequiredTemplates: (_, { filter, page }, { dataSource, actor }) =>
      listTemplates(dataSource.manager, actor, filter, page),
    credentialsRequiredTemplate: (_, { id }, { dataSource, actor }) => getTemplate(dataSource.manager, actor, id),
    effectiveTemplate: async (_, args, { dataSource, actor, loaders }) => {
      const { template, matchedBy } = await effectiveTemplateFor(dataSource.manager, actor, args);
      return { template, matchedBy, requiredCredentials: await loaders.requiredCredentials.load(template.id) };
    },
  },
  Mutation: {
    createCredentialsRequiredTemplate: (_, { input }, { dataSource, actor }) =>
      createTemplate(dataSource, actor, input),
    updateCredentialsRequiredTemplate: (_, { input }, { dataSource, actor }) =>
      updateTemplate(dataSource, actor, input),
    deleteCredentialsRequiredTemplate: (_, { id }, { dataSource, actor }) => deleteTemplate(dataSource, actor, id),
  },
  CredentialsRequiredTemplate: {
    staffGroup: async (template, _, { loaders }) => (await loaders.staffGroup.load(template.staffGroupId))!,
    jobRole: (template, _, { loaders }) => (template.jobRoleId ? loaders.jobRole.load(template.jobRoleId) : null),
    credentials: async (template, _, { loaders }) => {
      const { credentialIds } = await loaders.templateRequirements.load(template.id);
      const credentials = await loaders.credential.loadMany(credentialIds);
      return credentials.filter((credential) => credential && !(credential instanceof Error)) as NonNullable<
        Awaited<ReturnType<typeof loaders.credential.load>>
      >[];
    },
    categories: async (template, _, { loaders }) => {
      const { categoryIds } = await loaders.templateRequirements.load(template.id);
      const categories = await loaders.category.loadMany(categoryIds);
      return categories.filter((category) => category && !(category instanceof Error)) as NonNullable<
        Awaited<ReturnType<typeof loaders.category.load>>
      >[];
    },
    requiredCredentials: (template, _, { loaders }) => loaders.requiredCredentials.load(template.id),
    inEffect: async (template, _, { loaders }) => (await loaders.templatePrecedence.load(template)).inEffect,
    overriddenBy: async (template, _, { loaders }) => (await loaders.templatePrecedence.load(template)).overriddenBy,
  },
};
