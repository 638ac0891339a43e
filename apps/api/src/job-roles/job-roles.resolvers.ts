import { createJobRole, deleteJobRole, listStaffGroups, requireActor, updateJobRole } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const jobRolesResolvers: Resolvers = {
  Query: {
    staffGroups: (_, __, { dataSource, actor }) => {
      requireActor(actor);
      return listStaffGroups(dataSource.manager);
    },
  },
  Mutation: {
    createJobRole: (_, { input }, { dataSource, actor }) => createJobRole(dataSource, actor, input),
    updateJobRole: (_, { input }, { dataSource, actor }) => updateJobRole(dataSource, actor, input),
    deleteJobRole: async (_, { id }, { dataSource, actor }) => ({ deletedId: await deleteJobRole(dataSource, actor, id) }),
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
