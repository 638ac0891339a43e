import { createJobRole, deleteJobRole, NAME_RULE, requireActor, updateJobRole } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const jobRolesResolvers: Resolvers = {
  Query: {
    staffGroups: (_, __, { actor, loaders }) => {
      requireActor(actor);
      return loaders.reference.staffGroups();
    },
    nameRule: (_, __, { actor }) => {
      requireActor(actor);
      return NAME_RULE;
    },
  },
  Mutation: {
    createJobRole: (_, { input }, context) => createJobRole(context, context.actor, input),
    updateJobRole: (_, { input }, context) => updateJobRole(context, context.actor, input),
    deleteJobRole: async (_, { id }, context) => ({ deletedId: await deleteJobRole(context, context.actor, id) }),
  },
  StaffGroup: {
    jobRoles: (group, _, { loaders }) => loaders.jobRolesByStaffGroup.load(group.id),
    defaultTemplate: async (group, _, { loaders }) => (await loaders.defaultTemplateByStaffGroup.load(group.id))!,
  },
  JobRole: {
    staffGroup: async (role, _, { loaders }) => (await loaders.staffGroup.load(role.staffGroupId))!,
    templates: (role, _, { loaders }) => loaders.customTemplatesByJobRole.load(role.id),
  },
};
