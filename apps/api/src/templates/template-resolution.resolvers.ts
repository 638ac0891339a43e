import { requestTemplateResolution, templateResolutionStatus, type TemplateResolutionScope } from '@staff-passport/core';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/graphql';

/**
 * After a change that can alter who needs what (templates, job roles, staff members) has committed:
 * queue the recomputation of the stored results for those it may affect. The caller's trust is
 * known, since the change itself required it.
 */
export async function queueTemplateResolution(
  { dataSource, actor, jobs }: ApiContext,
  reason: string,
  scope: TemplateResolutionScope,
): Promise<void> {
  if (!actor?.organisationId) return;
  await requestTemplateResolution(dataSource.manager, jobs, actor.organisationId, reason, scope);
}

export const templateResolutionResolvers: Resolvers = {
  Query: {
    templateResolutionStatus: (_, __, { dataSource, actor }) => templateResolutionStatus(dataSource.manager, actor),
  },
};
