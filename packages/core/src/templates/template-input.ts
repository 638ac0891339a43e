import type { EntityManager } from 'typeorm';
import { IsNull, In } from 'typeorm';
import { BadUserInputError, FieldErrors } from '../common/domain-error';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../common/enums';
import { validName } from '../common/names';
import { isUuid } from '../common/validation';
import { JobRole } from '../job-roles/job-role.entity';
import { StaffGroup } from '../job-roles/staff-group.entity';
import { CredentialsRequiredTemplate } from './credentials-required-template.entity';
import { TemplateScope } from './template-scope.entity';

/** What a template saves, as a caller sends it. */
export interface TemplateInput {
  name: string;
  staffGroupId: string;
  jobRoleId?: string | null;
  employmentTypes: readonly EmploymentType[];
  credentialIds?: readonly string[] | null;
  categoryIds?: readonly string[] | null;
}

const EMPLOYMENT_TYPE_WORDS: Record<EmploymentType, string> = {
  PERMANENT_OR_FIXED_TERM: 'permanent or fixed-term staff',
  TEMPORARY_MOVER: 'temporary movers',
};

export interface ValidTemplateInput {
  name: string;
  staffGroup: StaffGroup;
  jobRole: JobRole | null;
  employmentTypes: EmploymentType[];
  credentialIds: string[];
  categoryIds: string[];
}

/**
 * Checks a template before it is saved: the name rule, the staff group and job role of the trust, the
 * employment types, at least one requirement, a unique name, and rule 1's (docs/domain.md) "no two
 * templates claim the same case", naming the template it clashes with. Every field's errors are
 * reported together; the checks that need a valid staff group (job role, clash) run once it is valid.
 */
export async function validateTemplateInput(
  manager: EntityManager,
  organisationId: string,
  input: TemplateInput,
  exceptId: string | null,
): Promise<ValidTemplateInput> {
  const errors = new FieldErrors();
  const name = errors.check(() => validName('name', input.name, 'Template name'));
  const staffGroup = isUuid(input.staffGroupId) ? await manager.findOneBy(StaffGroup, { id: input.staffGroupId }) : null;
  if (!staffGroup) errors.add('staffGroupId', 'Select a staff group');

  let jobRole: JobRole | null = null;
  if (input.jobRoleId) {
    jobRole = isUuid(input.jobRoleId) ? await manager.findOneBy(JobRole, { id: input.jobRoleId, organisationId }) : null;
    if (!jobRole) errors.add('jobRoleId', 'No job role with that id in your organisation');
    else if (staffGroup && jobRole.staffGroupId !== staffGroup.id) errors.add('jobRoleId', `Select a job role in ${staffGroup.name}`);
  }

  const employmentTypes = [...new Set(input.employmentTypes)];
  if (employmentTypes.length === 0) errors.add('employmentTypes', 'Select at least one employment type');
  else if (employmentTypes.some((type) => !EMPLOYMENT_TYPES.includes(type))) errors.add('employmentTypes', 'Select a valid employment type');
  employmentTypes.sort((a, b) => EMPLOYMENT_TYPES.indexOf(a) - EMPLOYMENT_TYPES.indexOf(b));

  const credentialIds = [...new Set(input.credentialIds ?? [])];
  const categoryIds = [...new Set(input.categoryIds ?? [])];
  if (credentialIds.length === 0 && categoryIds.length === 0) errors.add('credentialIds', 'Select at least one credential or category');
  await errors.checkAsync(() => assertAllExist(manager, 'credential', 'credentialIds', 'credential', credentialIds));
  await errors.checkAsync(() => assertAllExist(manager, 'credential_category', 'categoryIds', 'category', categoryIds));

  if (name) {
    const nameClash: { id: string }[] = await manager.query(
      `SELECT id FROM credentials_required_template
        WHERE organisation_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [organisationId, name, exceptId],
    );
    if (nameClash.length > 0) errors.add('name', `A template called ‘${name}’ already exists. Enter a different name`);
  }
  errors.throwIfAny();

  // Template writes of one trust and staff group take turns, so two saves cannot both pass the
  // clash check below; the unique index on template_scope is the last line of defence.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`template:${organisationId}:${staffGroup!.id}`]);
  const clashes = await manager.find(TemplateScope, {
    where: {
      organisationId,
      staffGroupId: staffGroup!.id,
      jobRoleId: jobRole ? jobRole.id : IsNull(),
      employmentType: In(employmentTypes),
    },
  });
  const clash = clashes.find((scope) => scope.templateId !== exceptId);
  if (clash) {
    const other = await manager.findOneByOrFail(CredentialsRequiredTemplate, { id: clash.templateId });
    const who = [staffGroup!.name, jobRole ? jobRole.name : 'any job role', EMPLOYMENT_TYPE_WORDS[clash.employmentType]];
    throw new BadUserInputError(
      'employmentTypes',
      `The template ‘${other.name}’ already covers ${who.join(', ')}. Change that template, or choose a different job role or employment type`,
    );
  }
  return { name: name!, staffGroup: staffGroup!, jobRole, employmentTypes, credentialIds, categoryIds };
}

async function assertAllExist(
  manager: EntityManager,
  table: 'credential' | 'credential_category',
  field: string,
  what: string,
  ids: string[],
): Promise<void> {
  const malformed = ids.find((id) => !isUuid(id));
  if (malformed) throw new BadUserInputError(field, `No ${what} with id ${malformed}`);
  if (ids.length === 0) return;
  const found: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
  const known = new Set(found.map((row) => row.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown) throw new BadUserInputError(field, `No ${what} with id ${unknown}`);
}