import { listStaffMembers, recordEsrCredentialUpdates, recordEsrStaffMembers } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const staffResolvers: Resolvers = {
  Query: {
    staffMembers: (_, { page }, { dataSource, actor }) => listStaffMembers(dataSource.manager, actor, page),
  },
  Mutation: {
    recordEsrStaffMembers: async (_, { staffMembers }, { dataSource, actor }) => {
      const { created, updated } = await recordEsrStaffMembers(dataSource, actor, staffMembers);
      return { created, updated };
    },
    recordEsrCredentialUpdates: (_, { input }, { dataSource, actor }) =>
      recordEsrCredentialUpdates(dataSource, actor, input.updates),
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
