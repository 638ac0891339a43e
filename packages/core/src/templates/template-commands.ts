import type { DataSource, EntityManager } from 'typeorm';
import { requireChangeableTrust, requireReadableTrust, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { isUuid } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { CredentialsRequiredTemplate } from './credentials-required-template.entity';
import { templatesInEffect } from './effective-template';
import { validateTemplateInput, type TemplateInput, type ValidTemplateInput } from './template-input';
import { requirementsByTemplate } from './template-queries';
import { TemplateCategory, TemplateCredential } from './template-requirement.entity';
import { recordTemplateResolutionRun } from './template-resolution.service';
import { TemplateScope } from './template-scope.entity';

/**
 * The changes to a trust's custom templates. Each writes its audit event and the template resolution
 * run that recomputes whoever it may affect in its own transaction (see runCommand).
 */

export async function createTemplate(
  context: CommandContext,
  actor: Actor | null,
  input: TemplateInput,
): Promise<CredentialsRequiredTemplate> {
  const organisationId = requireChangeableTrust(actor);
  return runCommand(context, async (manager, outbox) => {
    const valid = await validateTemplateInput(manager, organisationId, input, null);
    const template = await saveNewTemplate(manager, organisationId, valid);
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'template.created',
      entityType: 'CredentialsRequiredTemplate',
      entityId: template.id,
      before: null,
      after: snapshotOf(valid),
    });
    await recordTemplateResolutionRun(manager, outbox, organisationId, 'template.created', { staffGroupIds: [template.staffGroupId] });
    return template;
  });
}

/** Changes a custom template. Saving it unchanged writes nothing: no audit event, no recomputation. */
export async function updateTemplate(
  context: CommandContext,
  actor: Actor | null,
  input: TemplateInput & { id: string },
): Promise<CredentialsRequiredTemplate> {
  const organisationId = requireChangeableTrust(actor);
  return runCommand(context, async (manager, outbox) => {
    const template = await findOwnCustomTemplate(manager, organisationId, input.id, 'change');
    const before = await templateSnapshot(manager, template);
    const valid = await validateTemplateInput(manager, organisationId, input, template.id);
    const after = snapshotOf(valid);
    if (JSON.stringify(after) === JSON.stringify(before)) return template;
    await saveChangedTemplate(manager, template, valid);
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'template.updated',
      entityType: 'CredentialsRequiredTemplate',
      entityId: template.id,
      before,
      after,
    });
    // whoever had it (whatever its staff group was) and everyone in its staff group now
    await recordTemplateResolutionRun(manager, outbox, organisationId, 'template.updated', {
      staffGroupIds: [template.staffGroupId],
      templateIds: [template.id],
    });
    return template;
  });
}

/**
 * Deletes a custom template; the next rule applies again at once for everyone it covered. Returns
 * the templates now in effect for those cases.
 */
export async function deleteTemplate(
  context: CommandContext,
  actor: Actor | null,
  id: string,
): Promise<{ deletedId: string; nowInEffect: CredentialsRequiredTemplate[] }> {
  const organisationId = requireChangeableTrust(actor);
  return runCommand(context, async (manager, outbox) => {
    const template = await findOwnCustomTemplate(manager, organisationId, id, 'delete');
    const before = await templateSnapshot(manager, template);
    await manager.delete(CredentialsRequiredTemplate, { id: template.id, organisationId });
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'template.deleted',
      entityType: 'CredentialsRequiredTemplate',
      entityId: template.id,
      before,
      after: null,
    });
    const nowInEffect = await templatesInEffect(manager, organisationId, template.staffGroupId, template.jobRoleId, template.employmentTypes);
    await recordTemplateResolutionRun(manager, outbox, organisationId, 'template.deleted', {
      staffGroupIds: [...new Set(nowInEffect.map((other) => other.staffGroupId))],
      templateIds: [template.id],
    });
    return { deletedId: template.id, nowInEffect };
  });
}

/** The rows of a new template, as checked by validateTemplateInput. */
async function saveNewTemplate(manager: EntityManager, organisationId: string, valid: ValidTemplateInput): Promise<CredentialsRequiredTemplate> {
  const template = await manager.save(
    manager.create(CredentialsRequiredTemplate, {
      organisationId,
      isDefault: false,
      name: valid.name,
      staffGroupId: valid.staffGroup.id,
      jobRoleId: valid.jobRole?.id ?? null,
      employmentTypes: valid.employmentTypes,
    }),
  );
  await writeScopeAndRequirements(manager, template, valid);
  return template;
}

/** A template's rows rewritten to what validateTemplateInput checked. */
async function saveChangedTemplate(manager: EntityManager, template: CredentialsRequiredTemplate, valid: ValidTemplateInput): Promise<void> {
  template.name = valid.name;
  template.staffGroupId = valid.staffGroup.id;
  template.jobRoleId = valid.jobRole?.id ?? null;
  template.employmentTypes = valid.employmentTypes;
  await manager.delete(TemplateScope, { templateId: template.id });
  await manager.delete(TemplateCredential, { templateId: template.id });
  await manager.delete(TemplateCategory, { templateId: template.id });
  await manager.save(template);
  await writeScopeAndRequirements(manager, template, valid);
}

class PreviewRolledBack extends Error {}

/**
 * The check-your-answers step: a template as it would be saved, checked exactly as saving checks it,
 * and how many of the trust's staff members it would apply to as things are now. It is worked out by
 * saving it, asking rule 1 (the staff_effective_template view) who it applies to, and rolling the whole
 * transaction back, so the count can never disagree with what saving would do.
 */
export async function previewTemplateReach(
  dataSource: DataSource,
  actor: Actor | null,
  input: TemplateInput & { id?: string | null },
): Promise<{ staffMemberCount: number }> {
  const organisationId = requireReadableTrust(actor);
  let staffMemberCount = 0;
  try {
    await dataSource.transaction(async (manager) => {
      const existing = input.id ? await findOwnCustomTemplate(manager, organisationId, input.id, 'change') : null;
      const valid = await validateTemplateInput(manager, organisationId, input, existing?.id ?? null);
      const template = existing ?? (await saveNewTemplate(manager, organisationId, valid));
      if (existing) await saveChangedTemplate(manager, existing, valid);
      const [{ count }]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM staff_effective_template WHERE organisation_id = $1 AND template_id = $2',
        [organisationId, template.id],
      );
      staffMemberCount = count;
      throw new PreviewRolledBack();
    });
  } catch (error) {
    if (!(error instanceof PreviewRolledBack)) throw error;
  }
  return { staffMemberCount };
}

async function writeScopeAndRequirements(
  manager: EntityManager,
  template: CredentialsRequiredTemplate,
  valid: ValidTemplateInput,
): Promise<void> {
  await manager.insert(
    TemplateScope,
    valid.employmentTypes.map((employmentType) => ({
      templateId: template.id,
      employmentType,
      organisationId: template.organisationId!,
      staffGroupId: template.staffGroupId,
      jobRoleId: template.jobRoleId,
    })),
  );
  if (valid.credentialIds.length) {
    await manager.insert(
      TemplateCredential,
      valid.credentialIds.map((credentialId) => ({ templateId: template.id, credentialId })),
    );
  }
  if (valid.categoryIds.length) {
    await manager.insert(
      TemplateCategory,
      valid.categoryIds.map((categoryId) => ({ templateId: template.id, categoryId })),
    );
  }
}

async function findOwnCustomTemplate(
  manager: EntityManager,
  organisationId: string,
  id: string,
  verb: 'change' | 'delete',
): Promise<CredentialsRequiredTemplate> {
  const template = isUuid(id)
    ? await manager.findOne(CredentialsRequiredTemplate, {
        where: [{ id, organisationId }, { id, isDefault: true }],
      })
    : null;
  if (!template) throw new BadUserInputError('id', 'No template with that id in your organisation');
  if (template.isDefault) {
    throw new BadUserInputError(
      'id',
      `You cannot ${verb} the national default template ‘${template.name}’. Create a custom template for your organisation instead`,
    );
  }
  return template;
}

/** A template as its audit events record it, in a canonical order so that equal templates compare equal. */
type TemplateSnapshot = {
  name: string;
  staffGroupId: string;
  jobRoleId: string | null;
  employmentTypes: string[];
  credentialIds: string[];
  categoryIds: string[];
};

function snapshotOf(valid: ValidTemplateInput): TemplateSnapshot {
  return {
    name: valid.name,
    staffGroupId: valid.staffGroup.id,
    jobRoleId: valid.jobRole?.id ?? null,
    employmentTypes: [...valid.employmentTypes],
    credentialIds: [...valid.credentialIds].sort(),
    categoryIds: [...valid.categoryIds].sort(),
  };
}

async function templateSnapshot(manager: EntityManager, template: CredentialsRequiredTemplate): Promise<TemplateSnapshot> {
  const [requirements] = await requirementsByTemplate(manager, [template.id]);
  return {
    name: template.name,
    staffGroupId: template.staffGroupId,
    jobRoleId: template.jobRoleId,
    employmentTypes: [...template.employmentTypes],
    credentialIds: [...requirements.credentialIds].sort(),
    categoryIds: [...requirements.categoryIds].sort(),
  };
}
