import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import {
  affectedStaffCounts,
  autoIssueEnabledFor,
  contactsByOrganisation,
  credentialRecordsByStaffMember,
  describeAuditEvents,
  listCustomTemplates,
  listJobRoles,
  notificationSettingsByOrganisation,
  organisationsById,
  precedenceAmong,
  requiredCredentialsByTemplate,
  requirementsByTemplate,
  storedTemplateResolutions,
  templatesById,
  trustsById,
  type AuditEvent,
  type CredentialsRequiredTemplate,
  type JobRole,
} from '@staff-passport/core';
import { referenceDataForRequest, type ReferenceDataCache } from './reference-data';

/**
 * The DataLoaders of one request: nested fields are loaded in one query per kind, whatever the size
 * of the list above them. `organisationId` is the caller's trust (null for national callers), so
 * every trust-scoped loader is scoped by it. National reference data comes from the process's
 * `referenceData` cache, read at most once for the request.
 */
export function createLoaders(
  manager: EntityManager,
  organisationId: string | null,
  referenceData: ReferenceDataCache,
  requestStartedAt: number = Date.now(),
) {
  const reference = referenceDataForRequest(referenceData, requestStartedAt);
  // A trust has tens of job roles and custom templates: each kind is read whole, once, for the loaders that need it.
  let jobRoles: Promise<JobRole[]> | undefined;
  const trustJobRoles = () => (jobRoles ??= organisationId ? listJobRoles(manager, organisationId) : Promise.resolve([]));
  let customTemplates: Promise<CredentialsRequiredTemplate[]> | undefined;
  const trustCustomTemplates = () =>
    (customTemplates ??= organisationId ? listCustomTemplates(manager, organisationId) : Promise.resolve([]));
  return {
    reference,
    organisation: new DataLoader((ids: readonly string[]) => organisationsById(manager, ids)),
    trust: new DataLoader((ids: readonly string[]) => trustsById(manager, ids)),
    contactsByOrganisation: new DataLoader((ids: readonly string[]) => contactsByOrganisation(manager, ids)),
    notificationSettingsByOrganisation: new DataLoader((ids: readonly string[]) =>
      notificationSettingsByOrganisation(manager, ids),
    ),
    credentialsByCategory: new DataLoader(async (ids: readonly string[]) => {
      const credentials = await reference.credentials();
      return ids.map((id) => credentials.filter((credential) => credential.categoryId === id));
    }),
    credential: new DataLoader(reference.credentialsById),
    category: new DataLoader(reference.categoriesById),
    autoIssue: new DataLoader(async (credentialIds: readonly string[]) =>
      organisationId ? autoIssueEnabledFor(manager, organisationId, credentialIds) : credentialIds.map(() => null),
    ),
    staffGroup: new DataLoader(reference.staffGroupsById),
    jobRole: new DataLoader(async (ids: readonly string[]): Promise<(JobRole | null)[]> => {
      const roles = new Map((await trustJobRoles()).map((role) => [role.id, role]));
      return ids.map((id) => roles.get(id) ?? null);
    }),
    jobRolesByStaffGroup: new DataLoader(async (ids: readonly string[]) => {
      const roles = await trustJobRoles();
      return ids.map((id) => roles.filter((role) => role.staffGroupId === id));
    }),
    template: new DataLoader((ids: readonly string[]) => templatesById(manager, organisationId, ids)),
    defaultTemplateByStaffGroup: new DataLoader(reference.defaultTemplatesByStaffGroup),
    templateRequirements: new DataLoader((ids: readonly string[]) => requirementsByTemplate(manager, ids)),
    requiredCredentials: new DataLoader((ids: readonly string[]) => requiredCredentialsByTemplate(manager, ids)),
    templatePrecedence: new DataLoader(
      async (templates: readonly CredentialsRequiredTemplate[]) => {
        // national callers have no custom templates: every default is in effect
        const custom = await trustCustomTemplates();
        return templates.map((template) => precedenceAmong(template, custom));
      },
      { cacheKeyFn: (template) => template.id },
    ),
    customTemplatesByJobRole: new DataLoader(async (jobRoleIds: readonly string[]) => {
      const custom = await trustCustomTemplates();
      return jobRoleIds.map((id) => custom.filter((template) => template.jobRoleId === id));
    }),
    credentialRecordsByStaffMember: new DataLoader((ids: readonly string[]) => credentialRecordsByStaffMember(manager, ids)),
    templateResolutionByStaffMember: new DataLoader(async (ids: readonly string[]) =>
      organisationId ? storedTemplateResolutions(manager, organisationId, ids) : ids.map(() => null),
    ),
    affectedStaffCount: new DataLoader(async (templateIds: readonly string[]) =>
      organisationId ? affectedStaffCounts(manager, organisationId, templateIds) : templateIds.map(() => null),
    ),
    auditDescription: new DataLoader(
      // only a trust's own portal users can list its audit events, so every event here is of this trust
      (events: readonly AuditEvent[]) => describeAuditEvents(manager, organisationId!, events),
      { cacheKeyFn: (event) => event.id },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
