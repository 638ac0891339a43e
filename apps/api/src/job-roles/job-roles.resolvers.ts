import { createJobRole, deleteJobRole, requireActor, updateJobRole } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';
import { queueTemplateResolution } from '../templates/template-resolution.resolvers';

export const jobRolesResolvers: Resolvers = {
  Query: {
    staffGroups: (_, __, { actor, loaders }) => {
      requireActor(actor);
      return loaders.reference.staffGroups();
    },
  },
  Mutation: {
    createJobRole: async (_, { input }, context) => {
      const role = await createJobRole(context.dataSource, context.actor, input);
      await queueTemplateResolution(context, 'job-role.created', { staffGroupIds: [role.staffGroupId] });
      return role;
    },
    updateJobRole: async (_, { input }, context) => {
      const role = await updateJobRole(context.dataSource, context.actor, input);
      await queueTemplateResolution(context, 'job-role.updated', { staffGroupIds: [role.staffGroupId] });
      return role;
    },
    deleteJobRole: async (_, { id }, context) => {
      // its staff group, looked up first (trust-scoped): its staff members fall back to no job role
      const role = await context.loaders.jobRole.load(id).catch(() => undefined);
      const deletedId = await deleteJobRole(context.dataSource, context.actor, id);
      if (role) await queueTemplateResolution(context, 'job-role.deleted', { staffGroupIds: [role.staffGroupId] });
      return { deletedId };
    },
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
