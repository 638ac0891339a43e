import { listStaffMembers, queueEsrCredentialUpdates, recordEsrStaffMembers } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';
import { credentialsInOrder } from '../credentials/credentials-in-order';

export const staffResolvers: Resolvers = {
  Query: {
    staffMembers: (_, { filter, page }, { dataSource, actor }) => listStaffMembers(dataSource.manager, actor, filter, page),
  },
  Mutation: {
    recordEsrStaffMembers: (_, { staffMembers }, context) => recordEsrStaffMembers(context, context.actor, staffMembers),
    recordEsrCredentialUpdates: (_, { input }, context) => queueEsrCredentialUpdates(context, context.actor, input.updates),
  },
  StaffMember: {
    staffGroup: async (member, _, { loaders }) => (await loaders.staffGroup.load(member.staffGroupId))!,
    jobRole: (member, _, { loaders }) => (member.jobRoleId ? loaders.jobRole.load(member.jobRoleId) : null),
    credentialRecords: (member, _, { loaders }) => loaders.credentialRecordsByStaffMember.load(member.id),
    templateResolution: (member, _, { loaders }) => loaders.templateResolutionByStaffMember.load(member.id),
  },
  StaffTemplateResolution: {
    template: async (resolution, _, { loaders }) => (await loaders.template.load(resolution.templateId)) ?? null,
    missingCredentials: (resolution, _, { loaders }) => credentialsInOrder(loaders, resolution.missingCredentialIds),
  },
  CredentialRecord: {
    credential: async (record, _, { loaders }) => (await loaders.credential.load(record.credentialId))!,
  },
};
