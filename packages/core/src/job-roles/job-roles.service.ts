import type { EntityManager } from 'typeorm';
import { requireChangeableTrust, type Actor } from '../common/actor';
import { BadUserInputError, FieldErrors } from '../common/domain-error';
import { validName } from '../common/names';
import { isUuid } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { CredentialsRequiredTemplate } from '../templates/credentials-required-template.entity';
import { recordTemplateResolutionRun } from '../templates/template-resolution.service';
import { JobRole } from './job-role.entity';
import { StaffGroup } from './staff-group.entity';

export async function listStaffGroups(manager: EntityManager): Promise<StaffGroup[]> {
  return manager.find(StaffGroup, { order: { code: 'ASC' } });
}

/** All of a trust's job roles, by name. */
export async function listJobRoles(manager: EntityManager, organisationId: string): Promise<JobRole[]> {
  return manager.find(JobRole, { where: { organisationId }, order: { name: 'ASC' } });
}

/**
 * Creating or renaming a job role changes nobody's template (staff members and templates refer to it
 * by id), so neither asks for a recomputation; deleting one does.
 */
export async function createJobRole(
  context: CommandContext,
  actor: Actor | null,
  input: { staffGroupId: string; name: string },
): Promise<JobRole> {
  const organisationId = requireChangeableTrust(actor);
  const errors = new FieldErrors();
  const name = errors.check(() => validName('name', input.name, 'Job role name'));
  return runCommand(context, async (manager) => {
    const staffGroup = isUuid(input.staffGroupId) ? await manager.findOneBy(StaffGroup, { id: input.staffGroupId }) : null;
    if (!staffGroup) errors.add('staffGroupId', 'Select a staff group');
    errors.throwIfAny();
    await assertNameFree(manager, organisationId, staffGroup!, name!);
    const role = await manager.save(manager.create(JobRole, { organisationId, staffGroupId: staffGroup!.id, name: name! }));
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'job-role.created',
      entityType: 'JobRole',
      entityId: role.id,
      before: null,
      after: { name, staffGroup: staffGroup!.name },
    });
    return role;
  });
}

/** Renames a job role; the same name again writes nothing. */
export async function updateJobRole(
  context: CommandContext,
  actor: Actor | null,
  input: { id: string; name: string },
): Promise<JobRole> {
  const organisationId = requireChangeableTrust(actor);
  const name = validName('name', input.name, 'Job role name');
  return runCommand(context, async (manager) => {
    const role = await findOwnJobRole(manager, organisationId, input.id);
    if (role.name === name) return role;
    const staffGroup = await manager.findOneByOrFail(StaffGroup, { id: role.staffGroupId });
    await assertNameFree(manager, organisationId, staffGroup, name, role.id);
    const before = { name: role.name };
    role.name = name;
    await manager.save(role);
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'job-role.updated',
      entityType: 'JobRole',
      entityId: role.id,
      before,
      after: { name },
    });
    return role;
  });
}

/**
 * Deletes a job role that no template uses; staff members with it keep their staff group only, so
 * their templates are recomputed.
 */
export async function deleteJobRole(context: CommandContext, actor: Actor | null, id: string): Promise<string> {
  const organisationId = requireChangeableTrust(actor);
  return runCommand(context, async (manager, outbox) => {
    const role = await findOwnJobRole(manager, organisationId, id);
    const templates = await manager.find(CredentialsRequiredTemplate, {
      where: { organisationId, jobRoleId: role.id },
      order: { name: 'ASC' },
    });
    if (templates.length > 0) {
      const names = templates.map((template) => `‘${template.name}’`).join(', ');
      throw new BadUserInputError(
        'id',
        `You cannot delete the job role ‘${role.name}’ because ${templates.length === 1 ? 'the template' : 'these templates'} ${names} ${templates.length === 1 ? 'uses' : 'use'} it. Change or delete ${templates.length === 1 ? 'that template' : 'them'} first.`,
      );
    }
    await manager.delete(JobRole, { id: role.id, organisationId });
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'job-role.deleted',
      entityType: 'JobRole',
      entityId: role.id,
      before: { name: role.name, staffGroupId: role.staffGroupId },
      after: null,
    });
    await recordTemplateResolutionRun(manager, outbox, organisationId, 'job-role.deleted', { staffGroupIds: [role.staffGroupId] });
    return role.id;
  });
}

async function findOwnJobRole(manager: EntityManager, organisationId: string, id: string): Promise<JobRole> {
  const role = isUuid(id)
    ? await manager.findOne(JobRole, { where: { id, organisationId }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!role) throw new BadUserInputError('id', 'No job role with that id in your organisation');
  return role;
}

async function assertNameFree(
  manager: EntityManager,
  organisationId: string,
  staffGroup: StaffGroup,
  name: string,
  exceptId?: string,
): Promise<void> {
  // Job-role writes of one trust and staff group take turns, so two saves of the same name cannot
  // both pass this check; the unique index stays the last line of defence.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`job-role:${organisationId}:${staffGroup.id}`]);
  const clash: { name: string }[] = await manager.query(
    `SELECT name FROM job_role
      WHERE organisation_id = $1 AND staff_group_id = $2 AND lower(name) = lower($3)
        AND ($4::uuid IS NULL OR id <> $4::uuid)`,
    [organisationId, staffGroup.id, name, exceptId ?? null],
  );
  if (clash.length > 0) {
    throw new BadUserInputError(
      'name',
      `A job role called ‘${clash[0].name}’ already exists in ${staffGroup.name}`,
    );
  }
}
