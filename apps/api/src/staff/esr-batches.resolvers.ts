import { getEsrUpdateBatch, issueCredentialManually } from '@staff-passport/core';
import type { Resolvers } from '../generated/graphql';

export const esrBatchesResolvers: Resolvers = {
  Query: {
    esrUpdateBatch: (_, { id }, { dataSource, actor }) => getEsrUpdateBatch(dataSource.manager, actor, id),
  },
  Mutation: {
    issueCredentialManually: (_, { credentialRecordId }, context) => issueCredentialManually(context, context.actor, credentialRecordId),
  },
};
