import {
  createTemplate,
  deleteTemplate,
  effectiveTemplateFor,
  getTemplate,
  listTemplates,
  updateTemplate,
} from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';
import { credentialsInOrder } from '../credentials/credentials-in-order';

export const templatesResolvers: Resolvers = {
  Query: {
    credentialsRequiredTemplates: (_, { filter, page }, { dataSource, actor }) =>
      listTemplates(dataSource.manager, actor, filter, page),
    credentialsRequiredTemplate: (_, { id }, { dataSource, actor }) => getTemplate(dataSource.manager, actor, id),
    effectiveTemplate: async (_, args, { dataSource, actor, loaders }) => {
      const { template, matchedBy, requiredCredentialIds } = await effectiveTemplateFor(dataSource.manager, actor, args);
      return { template, matchedBy, requiredCredentials: await credentialsInOrder(loaders, requiredCredentialIds) };
    },
  },
  Mutation: {
    createCredentialsRequiredTemplate: (_, { input }, context) => createTemplate(context, context.actor, input),
    updateCredentialsRequiredTemplate: (_, { input }, context) => updateTemplate(context, context.actor, input),
    deleteCredentialsRequiredTemplate: (_, { id }, context) => deleteTemplate(context, context.actor, id),
  },
  CredentialsRequiredTemplate: {
    staffGroup: async (template, _, { loaders }) => (await loaders.staffGroup.load(template.staffGroupId))!,
    jobRole: (template, _, { loaders }) => (template.jobRoleId ? loaders.jobRole.load(template.jobRoleId) : null),
    credentials: async (template, _, { loaders }) =>
      credentialsInOrder(loaders, (await loaders.templateRequirements.load(template.id)).credentialIds),
    categories: async (template, _, { loaders }) => {
      const { categoryIds } = await loaders.templateRequirements.load(template.id);
      const categories = await loaders.category.loadMany(categoryIds);
      return categories.filter((category) => category && !(category instanceof Error)) as NonNullable<
        Awaited<ReturnType<typeof loaders.category.load>>
      >[];
    },
    requiredCredentials: (template, _, { loaders }) => loaders.requiredCredentials.load(template.id),
    affectedStaffCount: (template, _, { loaders }) => loaders.affectedStaffCount.load(template.id),
    inEffect: async (template, _, { loaders }) => (await loaders.templatePrecedence.load(template)).inEffect,
    overriddenBy: async (template, _, { loaders }) => (await loaders.templatePrecedence.load(template)).overriddenBy,
  },
};
