import { listStaffMembers, queueEsrCredentialUpdates, recordEsrStaffMembers } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';
import { queueTemplateResolution } from '../templates/template-resolution.resolvers';

export const staffResolvers: Resolvers = {
  Query: {
    staffMembers: (_, { page }, { dataSource, actor }) => listStaffMembers(dataSource.manager, actor, page),
  },
  Mutation: {
    recordEsrStaffMembers: async (_, { staffMembers }, context) => {
      const { created, updated, staffMemberIds } = await recordEsrStaffMembers(context.dataSource, context.actor, staffMembers);
      await queueTemplateResolution(context, 'staff.recorded-from-esr', { staffMemberIds });
      return { created, updated };
    },
    recordEsrCredentialUpdates: (_, { input }, { dataSource, actor, jobs }) =>
      queueEsrCredentialUpdates(dataSource, actor, input.updates, jobs),
  },
  StaffMember: {
    staffGroup: async (member, _, { loaders }) => (await loaders.staffGroup.load(member.staffGroupId))!,
    jobRole: (member, _, { loaders }) => (member.jobRoleId ? loaders.jobRole.load(member.jobRoleId) : null),
    credentialRecords: (member, _, { loaders }) => loaders.credentialRecordsByStaffMember.load(member.id),
  },
  CredentialRecord: {
    credential: async (record, _, { loaders }) => (await loaders.credential.load(record.credentialId))!,
  },
};
