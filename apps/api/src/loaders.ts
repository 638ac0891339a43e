import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import {
  autoIssueEnabledFor,
  contactsByOrganisation,
  credentialRecordsByStaffMember,
  defaultTemplatesByStaffGroup,
  jobRolesById,
  jobRolesByStaffGroup,
  listCatalogueCredentials,
  listCredentialCategories,
  listStaffGroups,
  notificationSettingsByOrganisation,
  organisationsById,
  precedenceByTemplate,
  requiredCredentialsByTemplate,
  requirementsByTemplate,
  templatesById,
  type CredentialsRequiredTemplate,
  type JobRole,
} from '@staff-passport/core';

/**
 * The DataLoaders of one request: nested fields are loaded in one query per kind, whatever the size
 * of the list above them. `organisationId` is the caller's trust (null for national callers), so
 * every trust-scoped loader is scoped by it.
 */
export function createLoaders(manager: EntityManager, organisationId: string | null) {
  const emptyForNational = <T>(ids: readonly string[]): T[][] => ids.map(() => []);
  const reference = createReferenceData(manager);
  const byId = <T extends { id: string }>(load: () => Promise<T[]>) =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows = new Map((await load()).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id));
    });
  return {
    reference,
    organisation: new DataLoader((ids: readonly string[]) => organisationsById(manager, ids)),
    contactsByOrganisation: new DataLoader((ids: readonly string[]) => contactsByOrganisation(manager, ids)),
    notificationSettingsByOrganisation: new DataLoader((ids: readonly string[]) =>
      notificationSettingsByOrganisation(manager, ids),
    ),
    credentialsByCategory: new DataLoader(async (ids: readonly string[]) => {
      const credentials = await reference.credentials();
      return ids.map((id) => credentials.filter((credential) => credential.categoryId === id));
    }),
    credential: byId(reference.credentials),
    category: byId(reference.categories),
    autoIssue: new DataLoader(async (credentialIds: readonly string[]) =>
      organisationId ? autoIssueEnabledFor(manager, organisationId, credentialIds) : credentialIds.map(() => null),
    ),
    staffGroup: byId(reference.staffGroups),
    jobRole: new DataLoader(async (ids: readonly string[]): Promise<(JobRole | null)[]> =>
      organisationId ? (await jobRolesById(manager, organisationId, ids)).map((role) => role ?? null) : ids.map(() => null),
    ),
    jobRolesByStaffGroup: new DataLoader(async (ids: readonly string[]) =>
      organisationId ? jobRolesByStaffGroup(manager, organisationId, ids) : emptyForNational<JobRole>(ids),
    ),
    template: new DataLoader((ids: readonly string[]) => templatesById(manager, organisationId, ids)),
    defaultTemplateByStaffGroup: new DataLoader((ids: readonly string[]) => defaultTemplatesByStaffGroup(manager, ids)),
    templateRequirements: new DataLoader((ids: readonly string[]) => requirementsByTemplate(manager, ids)),
    requiredCredentials: new DataLoader((ids: readonly string[]) => requiredCredentialsByTemplate(manager, ids)),
    templatePrecedence: new DataLoader(
      (templates: readonly CredentialsRequiredTemplate[]) => precedenceByTemplate(manager, organisationId, templates),
      { cacheKeyFn: (template) => template.id },
    ),
    customTemplatesByJobRole: new DataLoader(async (jobRoleIds: readonly string[]) => {
      if (!organisationId) return emptyForNational<CredentialsRequiredTemplate>(jobRoleIds);
      const templates: CredentialsRequiredTemplate[] = await manager
        .getRepository<CredentialsRequiredTemplate>('CredentialsRequiredTemplate')
        .createQueryBuilder('template')
        .where('template.organisationId = :organisationId', { organisationId })
        .andWhere('template.jobRoleId IN (:...jobRoleIds)', { jobRoleIds })
        .orderBy('template.name', 'ASC')
        .getMany();
      return jobRoleIds.map((id) => templates.filter((template) => template.jobRoleId === id));
    }),
    credentialRecordsByStaffMember: new DataLoader((ids: readonly string[]) => credentialRecordsByStaffMember(manager, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * National reference data (staff groups, the credential catalogue) is tens of rows: each kind is read
 * whole, at most once per request, by whichever field needs it first. That keeps the number of
 * statements per request fixed, whatever order fields resolve in.
 */
function createReferenceData(manager: EntityManager) {
  const once = <T>(load: () => Promise<T>) => {
    let loaded: Promise<T> | undefined;
    return () => (loaded ??= load());
  };
  return {
    categories: once(() => listCredentialCategories(manager)),
    credentials: once(() => listCatalogueCredentials(manager)),
    staffGroups: once(() => listStaffGroups(manager)),
  };
}
