import type { DataSource, EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import { requireChangeableTrust, trustOf, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../common/enums';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { isUuid } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { Credential } from '../credentials/credential.entity';
import { JobRole } from '../job-roles/job-role.entity';
import { StaffGroup } from '../job-roles/staff-group.entity';
import { CredentialsRequiredTemplate } from './credentials-required-template.entity';
import { TemplateCategory, TemplateCredential } from './template-requirement.entity';
import { TemplateScope } from './template-scope.entity';
import { validTemplateName } from './template-name';

export type TemplateMatch = 'JOB_ROLE' | 'STAFF_GROUP' | 'DEFAULT';

export interface TemplateInput {
  name: string;
  staffGroupId: string;
  jobRoleId?: string | null;
  employmentTypes: readonly EmploymentType[];
  credentialIds?: readonly string[] | null;
  categoryIds?: readonly string[] | null;
}

export interface TemplatesFilter {
  staffGroupId?: string | null;
  isDefault?: boolean | null;
}

export interface EffectiveTemplateResult {
  template: CredentialsRequiredTemplate;
  matchedBy: TemplateMatch;
  /** Rule 2's resolved credentials of the template, in catalogue order (category, then credential). */
  requiredCredentialIds: string[];
}

const EMPLOYMENT_TYPE_WORDS: Record<EmploymentType, string> = {
  PERMANENT_OR_FIXED_TERM: 'permanent or fixed-term staff',
  TEMPORARY_MOVER: 'temporary movers',
};

/** National defaults, then the caller's trust's custom templates, by staff group and name. */
export async function listTemplates(
  manager: EntityManager,
  actor: Actor | null,
  filter: TemplatesFilter | null | undefined,
  page: PageInput | null | undefined,
): Promise<Page<CredentialsRequiredTemplate>> {
  const organisationId = trustOf(actor);
  const request = pageRequest(page, 100);
  const query = manager
    .createQueryBuilder(CredentialsRequiredTemplate, 'template')
    .innerJoin(StaffGroup, 'staffGroup', 'staffGroup.id = template.staffGroupId')
    .where('(template.isDefault OR template.organisationId = :organisationId)', { organisationId })
    .orderBy('staffGroup.code', 'ASC')
    .addOrderBy('template.isDefault', 'DESC')
    .addOrderBy('template.name', 'ASC')
    .addOrderBy('template.id', 'ASC')
    // offset/limit, not skip/take: the join is only for ordering, so no de-duplicating subquery is needed
    .offset(request.offset)
    .limit(request.limit);
  if (filter?.staffGroupId) {
    if (!isUuid(filter.staffGroupId)) return toPage([], 0, request);
    query.andWhere('template.staffGroupId = :staffGroupId', { staffGroupId: filter.staffGroupId });
  }
  if (filter?.isDefault !== undefined && filter?.isDefault !== null) {
    query.andWhere('template.isDefault = :isDefault', { isDefault: filter.isDefault });
  }
  // The total rides along with the page (one statement); only a page past the end needs a count.
  const { entities, raw } = await query.addSelect('count(*) OVER ()', 'total_count').getRawAndEntities();
  const totalCount = raw.length ? Number(raw[0].total_count) : request.offset > 0 ? await query.getCount() : 0;
  return toPage(entities, totalCount, request);
}

/** Templates the caller may see (defaults and their own trust's), by id; others are undefined. */
export async function templatesById(
  manager: EntityManager,
  organisationId: string | null,
  ids: readonly string[],
): Promise<(CredentialsRequiredTemplate | undefined)[]> {
  const wellFormed = ids.filter(isUuid);
  const templates = wellFormed.length
    ? await manager.find(CredentialsRequiredTemplate, {
        where: [
          { id: In(wellFormed), isDefault: true },
          ...(organisationId ? [{ id: In(wellFormed), organisationId }] : []),
        ],
      })
    : [];
  const byId = new Map(templates.map((template) => [template.id, template]));
  return ids.map((id) => byId.get(id));
}

export async function getTemplate(
  manager: EntityManager,
  actor: Actor | null,
  id: string,
): Promise<CredentialsRequiredTemplate | null> {
  const [template] = await templatesById(manager, trustOf(actor), [id]);
  return template ?? null;
}

/** The national default templates, one per staff group (reference data: only the seed changes them). */
export async function listDefaultTemplates(manager: EntityManager): Promise<CredentialsRequiredTemplate[]> {
  return manager.find(CredentialsRequiredTemplate, { where: { isDefault: true } });
}

/** Single credentials and whole categories of many templates at once (for DataLoaders). */
export async function requirementsByTemplate(
  manager: EntityManager,
  templateIds: readonly string[],
): Promise<{ credentialIds: string[]; categoryIds: string[] }[]> {
  const rows: { template_id: string; credential_id: string | null; category_id: string | null }[] = await manager.query(
    `SELECT template_id, credential_id, NULL::uuid AS category_id FROM template_credential WHERE template_id = ANY($1::uuid[])
     UNION ALL
     SELECT template_id, NULL::uuid, category_id FROM template_category WHERE template_id = ANY($1::uuid[])`,
    [templateIds],
  );
  return templateIds.map((id) => {
    const own = rows.filter((row) => row.template_id === id);
    return {
      credentialIds: own.flatMap((row) => (row.credential_id ? [row.credential_id] : [])),
      categoryIds: own.flatMap((row) => (row.category_id ? [row.category_id] : [])),
    };
  });
}

/** Rule 2 for many templates at once: the credentials each requires, in catalogue order. */
export async function requiredCredentialsByTemplate(
  manager: EntityManager,
  templateIds: readonly string[],
): Promise<Credential[][]> {
  const rows: { template_id: string; id: string; code: string; name: string; category_id: string; team: Credential['team']; position: number }[] =
    await manager.query(
      `SELECT r.template_id, c.id, c.code, c.name, c.category_id, c.team, c.position
         FROM template_required_credential r
         JOIN credential c ON c.id = r.credential_id
         JOIN credential_category cc ON cc.id = c.category_id
        WHERE r.template_id = ANY($1::uuid[])
        ORDER BY cc.position, c.position`,
      [templateIds],
    );
  return templateIds.map((id) =>
    rows
      .filter((row) => row.template_id === id)
      .map((row) =>
        manager.create(Credential, {
          id: row.id,
          code: row.code,
          name: row.name,
          categoryId: row.category_id,
          team: row.team,
          position: row.position,
        }),
      ),
  );
}

/** All of a trust's custom templates, by name. */
export async function listCustomTemplates(manager: EntityManager, organisationId: string): Promise<CredentialsRequiredTemplate[]> {
  return manager.find(CredentialsRequiredTemplate, { where: { organisationId }, order: { name: 'ASC' } });
}

/**
 * Rule 1's precedence for one template, given the trust's custom templates (by name; any superset of
 * those of its staff group): a job-role template is always in effect; a staff-group template gives
 * way only to job-role templates of the same employment types; a default is out of effect when
 * staff-group templates cover every employment type.
 */
export function precedenceAmong(
  template: CredentialsRequiredTemplate,
  customTemplatesOfTrust: readonly CredentialsRequiredTemplate[],
): { inEffect: boolean; overriddenBy: CredentialsRequiredTemplate[] } {
  if (template.jobRoleId) return { inEffect: true, overriddenBy: [] };
  const sameGroup = customTemplatesOfTrust.filter((other) => other.staffGroupId === template.staffGroupId && other.id !== template.id);
  const sharesType = (other: CredentialsRequiredTemplate) => other.employmentTypes.some((type) => template.employmentTypes.includes(type));
  if (!template.isDefault) {
    return { inEffect: true, overriddenBy: sameGroup.filter((other) => other.jobRoleId && sharesType(other)) };
  }
  const coveredTypes = new Set(sameGroup.filter((other) => !other.jobRoleId).flatMap((other) => other.employmentTypes));
  return { inEffect: EMPLOYMENT_TYPES.some((type) => !coveredTypes.has(type)), overriddenBy: sameGroup.filter(sharesType) };
}

/** Rule 1: the template that applies to a person of this staff group, employment type and job role. */
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
  const { result, jobRoleStaffGroupId } = await resolveEffectiveTemplate(manager, organisationId, input.staffGroupId, input.employmentType, jobRoleId);
  if (jobRoleId && !jobRoleStaffGroupId) throw new BadUserInputError('jobRoleId', 'No job role with that id in your organisation');
  if (jobRoleId && jobRoleStaffGroupId !== input.staffGroupId) {
    throw new BadUserInputError('jobRoleId', 'Select a job role of the chosen staff group');
  }
  // every staff group has a default template, so no answer means no such staff group
  if (!result) throw new BadUserInputError('staffGroupId', 'Select a staff group');
  return result;
}

/**
 * Rule 1 in one statement, returning the template itself (null when the staff group is unknown) and
 * the staff group of the job role asked about, when the trust has that job role (so the caller can
 * check it without a statement of its own).
 */
async function resolveEffectiveTemplate(
  manager: EntityManager,
  organisationId: string | null,
  staffGroupId: string,
  employmentType: EmploymentType,
  jobRoleId: string | null,
): Promise<{ result: EffectiveTemplateResult | null; jobRoleStaffGroupId: string | null }> {
  const [row]: {
    job_role_staff_group_id: string | null;
    matched_by: TemplateMatch | null;
    id: string;
    organisation_id: string | null;
    name: string;
    is_default: boolean;
    staff_group_id: string;
    job_role_id: string | null;
    employment_types: EmploymentType[];
    created_at: Date;
    updated_at: Date;
    required_credential_ids: string[];
  }[] = await manager.query(
    `SELECT (SELECT r.staff_group_id FROM job_role r WHERE r.id = $3 AND r.organisation_id = $1) AS job_role_staff_group_id,
            effective.*,
            ARRAY(SELECT c.id FROM template_required_credential r
                    JOIN credential c ON c.id = r.credential_id
                    JOIN credential_category cc ON cc.id = c.category_id
                   WHERE r.template_id = effective.id
                   ORDER BY cc.position, c.position) AS required_credential_ids
       FROM (VALUES (1)) AS always_one_row
       LEFT JOIN (
         SELECT CASE WHEN by_role.template_id IS NOT NULL THEN 'JOB_ROLE'
                     WHEN by_group.template_id IS NOT NULL THEN 'STAFF_GROUP'
                     ELSE 'DEFAULT' END AS matched_by,
                t.id, t.organisation_id, t.name, t.is_default, t.staff_group_id, t.job_role_id,
                t.employment_types, t.created_at, t.updated_at
           FROM credentials_required_template d
           LEFT JOIN template_scope by_role
             ON by_role.organisation_id = $1 AND by_role.staff_group_id = d.staff_group_id
            AND by_role.job_role_id = $3 AND by_role.employment_type = $4
           LEFT JOIN template_scope by_group
             ON by_group.organisation_id = $1 AND by_group.staff_group_id = d.staff_group_id
            AND by_group.job_role_id IS NULL AND by_group.employment_type = $4
           JOIN credentials_required_template t ON t.id = COALESCE(by_role.template_id, by_group.template_id, d.id)
          WHERE d.is_default AND d.staff_group_id = $2
       ) AS effective ON true`,
    [organisationId, staffGroupId, jobRoleId, employmentType],
  );
  const jobRoleStaffGroupId = row.job_role_staff_group_id;
  if (!row.id || !row.matched_by) return { result: null, jobRoleStaffGroupId };
  const template = manager.create(CredentialsRequiredTemplate, {
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
  return { result: { template, matchedBy: row.matched_by, requiredCredentialIds: row.required_credential_ids }, jobRoleStaffGroupId };
}

export async function createTemplate(
  dataSource: DataSource,
  actor: Actor | null,
  input: TemplateInput,
): Promise<CredentialsRequiredTemplate> {
  const organisationId = requireChangeableTrust(actor);
  return dataSource.transaction(async (manager) => {
    const valid = await validateTemplateInput(manager, organisationId, input, null);
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
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'template.created',
      entityType: 'CredentialsRequiredTemplate',
      entityId: template.id,
      before: null,
      after: await templateSnapshot(manager, template),
    });
    return template;
  });
}

export async function updateTemplate(
  dataSource: DataSource,
  actor: Actor | null,
  input: TemplateInput & { id: string },
): Promise<CredentialsRequiredTemplate> {
  const organisationId = requireChangeableTrust(actor);
  return dataSource.transaction(async (manager) => {
    const template = await findOwnCustomTemplate(manager, organisationId, input.id, 'change');
    const before = await templateSnapshot(manager, template);
    const valid = await validateTemplateInput(manager, organisationId, input, template.id);
    template.name = valid.name;
    template.staffGroupId = valid.staffGroup.id;
    template.jobRoleId = valid.jobRole?.id ?? null;
    template.employmentTypes = valid.employmentTypes;
    await manager.delete(TemplateScope, { templateId: template.id });
    await manager.delete(TemplateCredential, { templateId: template.id });
    await manager.delete(TemplateCategory, { templateId: template.id });
    await manager.save(template);
    await writeScopeAndRequirements(manager, template, valid);
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'template.updated',
      entityType: 'CredentialsRequiredTemplate',
      entityId: template.id,
      before,
      after: await templateSnapshot(manager, template),
    });
    return template;
  });
}

/**
 * Deletes a custom template; the next rule applies again at once for everyone it covered. Returns
 * the templates now in effect for those cases.
 */
export async function deleteTemplate(
  dataSource: DataSource,
  actor: Actor | null,
  id: string,
): Promise<{ deletedId: string; nowInEffect: CredentialsRequiredTemplate[] }> {
  const organisationId = requireChangeableTrust(actor);
  return dataSource.transaction(async (manager) => {
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
    const nowInEffect = new Map<string, CredentialsRequiredTemplate>();
    for (const employmentType of template.employmentTypes) {
      const { result } = await resolveEffectiveTemplate(manager, organisationId, template.staffGroupId, employmentType, template.jobRoleId);
      if (result) nowInEffect.set(result.template.id, result.template);
    }
    return { deletedId: template.id, nowInEffect: [...nowInEffect.values()] };
  });
}

export interface ValidTemplateInput {
  name: string;
  staffGroup: StaffGroup;
  jobRole: JobRole | null;
  employmentTypes: EmploymentType[];
  credentialIds: string[];
  categoryIds: string[];
}

/**
 * Every check saving a template makes (name, staff group, job role, employment types, requirements,
 * clashes with the trust's other templates), with the message and field of the first that fails.
 * `exceptId`: the template being changed, which never clashes with itself.
 */
export async function validateTemplateInput(
  manager: EntityManager,
  organisationId: string,
  input: TemplateInput,
  exceptId: string | null,
): Promise<ValidTemplateInput> {
  const name = validTemplateName(input.name);
  const staffGroup = isUuid(input.staffGroupId)
    ? await manager.findOneBy(StaffGroup, { id: input.staffGroupId })
    : null;
  if (!staffGroup) throw new BadUserInputError('staffGroupId', 'Select a staff group');

  // Template writes of one trust and staff group take turns, so two saves cannot both pass the
  // clash check below; the unique index on template_scope is the last line of defence.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `template:${organisationId}:${staffGroup.id}`,
  ]);

  let jobRole: JobRole | null = null;
  if (input.jobRoleId) {
    jobRole = isUuid(input.jobRoleId)
      ? await manager.findOneBy(JobRole, { id: input.jobRoleId, organisationId })
      : null;
    if (!jobRole) throw new BadUserInputError('jobRoleId', 'No job role with that id in your organisation');
    if (jobRole.staffGroupId !== staffGroup.id) {
      throw new BadUserInputError('jobRoleId', `Select a job role in ${staffGroup.name}`);
    }
  }

  const employmentTypes = [...new Set(input.employmentTypes)];
  if (employmentTypes.length === 0) {
    throw new BadUserInputError('employmentTypes', 'Select at least one employment type');
  }
  if (employmentTypes.some((type) => !EMPLOYMENT_TYPES.includes(type))) {
    throw new BadUserInputError('employmentTypes', 'Select a valid employment type');
  }
  employmentTypes.sort((a, b) => EMPLOYMENT_TYPES.indexOf(a) - EMPLOYMENT_TYPES.indexOf(b));

  const credentialIds = [...new Set(input.credentialIds ?? [])];
  const categoryIds = [...new Set(input.categoryIds ?? [])];
  if (credentialIds.length === 0 && categoryIds.length === 0) {
    throw new BadUserInputError('credentialIds', 'Select at least one credential or category');
  }
  await assertAllExist(manager, 'credential', 'credentialIds', 'credential', credentialIds);
  await assertAllExist(manager, 'credential_category', 'categoryIds', 'category', categoryIds);

  const nameClash: { id: string }[] = await manager.query(
    `SELECT id FROM credentials_required_template
      WHERE organisation_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    [organisationId, name, exceptId],
  );
  if (nameClash.length > 0) {
    throw new BadUserInputError('name', `A template called ‘${name}’ already exists. Enter a different name`);
  }

  const clashes = await manager.find(TemplateScope, {
    where: {
      organisationId,
      staffGroupId: staffGroup.id,
      jobRoleId: jobRole ? jobRole.id : IsNull(),
      employmentType: In(employmentTypes),
    },
  });
  const clash = clashes.find((scope) => scope.templateId !== exceptId);
  if (clash) {
    const other = await manager.findOneByOrFail(CredentialsRequiredTemplate, { id: clash.templateId });
    const who = [staffGroup.name, jobRole ? jobRole.name : 'any job role', EMPLOYMENT_TYPE_WORDS[clash.employmentType]];
    throw new BadUserInputError(
      'employmentTypes',
      `The template ‘${other.name}’ already covers ${who.join(', ')}. Change that template, or choose a different job role or employment type`,
    );
  }
  return { name, staffGroup, jobRole, employmentTypes, credentialIds, categoryIds };
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

async function templateSnapshot(manager: EntityManager, template: CredentialsRequiredTemplate) {
  const [requirements] = await requirementsByTemplate(manager, [template.id]);
  return {
    name: template.name,
    staffGroupId: template.staffGroupId,
    jobRoleId: template.jobRoleId,
    employmentTypes: template.employmentTypes,
    credentialIds: [...requirements.credentialIds].sort(),
    categoryIds: [...requirements.categoryIds].sort(),
  };
}
