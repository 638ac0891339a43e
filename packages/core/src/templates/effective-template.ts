import type { EntityManager } from 'typeorm';
import { trustOf, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../common/enums';
import { isUuid } from '../common/validation';
import { CredentialsRequiredTemplate } from './credentials-required-template.entity';

/**
 * Rule 1 (docs/domain.md#rule-1-the-template-in-effect). Its one definition is the SQL function
 * `template_in_effect` (migration 1764200000000-rule-one-function); this file asks it about one case,
 * the `staff_effective_template` view asks it about every staff member.
 */
export type TemplateMatch = 'JOB_ROLE' | 'STAFF_GROUP' | 'DEFAULT';

export interface EffectiveTemplateResult {
  template: CredentialsRequiredTemplate;
  matchedBy: TemplateMatch;
  /** The template's credentials as rule 2 (docs/domain.md) resolves them, in catalogue order (category, then credential). */
  requiredCredentialIds: string[];
}

interface TemplateRow {
  id: string;
  organisation_id: string | null;
  name: string;
  is_default: boolean;
  staff_group_id: string;
  job_role_id: string | null;
  employment_types: EmploymentType[];
  created_at: Date;
  updated_at: Date;
}

const TEMPLATE_COLUMNS = 't.id, t.organisation_id, t.name, t.is_default, t.staff_group_id, t.job_role_id, t.employment_types, t.created_at, t.updated_at';

function toTemplate(manager: EntityManager, row: TemplateRow): CredentialsRequiredTemplate {
  return manager.create(CredentialsRequiredTemplate, {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    isDefault: row.is_default,
    staffGroupId: row.staff_group_id,
    jobRoleId: row.job_role_id,
    employmentTypes: row.employment_types,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The template that applies to a person of this staff group, employment type and job role. */
export async function effectiveTemplateFor(
  manager: EntityManager,
  actor: Actor | null,
  input: { staffGroupId: string; employmentType: EmploymentType; jobRoleId?: string | null },
): Promise<EffectiveTemplateResult> {
  const organisationId = trustOf(actor);
  if (!isUuid(input.staffGroupId)) throw new BadUserInputError('staffGroupId', 'Select a staff group');
  if (!EMPLOYMENT_TYPES.includes(input.employmentType)) {
    throw new BadUserInputError('employmentType', 'Select an employment type');
  }
  const jobRoleId = input.jobRoleId || null;
  if (jobRoleId && !(organisationId && isUuid(jobRoleId))) {
    throw new BadUserInputError('jobRoleId', 'No job role with that id in your organisation');
  }
  // One statement: the staff group of the job role asked about (when the trust has it), so it can be
  // checked without a statement of its own, and the template in effect with its required credentials.
  const [row]: (Partial<TemplateRow> & {
    job_role_staff_group_id: string | null;
    matched_by: TemplateMatch | null;
    required_credential_ids: string[] | null;
  })[] = await manager.query(
    `SELECT (SELECT r.staff_group_id FROM job_role r WHERE r.id = $3 AND r.organisation_id = $1) AS job_role_staff_group_id,
            e.matched_by, ${TEMPLATE_COLUMNS},
            ARRAY(SELECT c.id FROM template_required_credential rc
                    JOIN credential c ON c.id = rc.credential_id
                    JOIN credential_category cc ON cc.id = c.category_id
                   WHERE rc.template_id = t.id
                   ORDER BY cc.position, c.position) AS required_credential_ids
       FROM (VALUES (1)) AS always_one_row
       LEFT JOIN template_in_effect($1, $2, $3, $4) e ON true
       LEFT JOIN credentials_required_template t ON t.id = e.template_id`,
    [organisationId, input.staffGroupId, jobRoleId, input.employmentType],
  );
  if (jobRoleId && !row.job_role_staff_group_id) throw new BadUserInputError('jobRoleId', 'No job role with that id in your organisation');
  if (jobRoleId && row.job_role_staff_group_id !== input.staffGroupId) {
    throw new BadUserInputError('jobRoleId', 'Select a job role of the chosen staff group');
  }
  // every staff group has a default template, so no answer means no such staff group
  if (!row.id || !row.matched_by) throw new BadUserInputError('staffGroupId', 'Select a staff group');
  return {
    template: toTemplate(manager, row as TemplateRow),
    matchedBy: row.matched_by,
    requiredCredentialIds: row.required_credential_ids ?? [],
  };
}

/** The templates in effect for a staff group and job role (or none), one per employment type asked about, each once. */
export async function templatesInEffect(
  manager: EntityManager,
  organisationId: string,
  staffGroupId: string,
  jobRoleId: string | null,
  employmentTypes: readonly EmploymentType[],
): Promise<CredentialsRequiredTemplate[]> {
  const rows: TemplateRow[] = await manager.query(
    `SELECT DISTINCT ${TEMPLATE_COLUMNS}
       FROM unnest($4::text[]) AS asked(employment_type)
       CROSS JOIN LATERAL template_in_effect($1, $2, $3, asked.employment_type) e
       JOIN credentials_required_template t ON t.id = e.template_id
      ORDER BY t.name`,
    [organisationId, staffGroupId, jobRoleId, [...employmentTypes]],
  );
  return rows.map((row) => toTemplate(manager, row));
}
