import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { trustOf, type Actor } from '../common/actor';
import { EMPLOYMENT_TYPES } from '../common/enums';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { isUuid } from '../common/validation';
import { Credential } from '../credentials/credential.entity';
import { StaffGroup } from '../job-roles/staff-group.entity';
import { CredentialsRequiredTemplate } from './credentials-required-template.entity';

/** The reads of templates: lists, batched loads for DataLoaders, the credentials rule 2 (docs/domain.md) resolves, and precedence. */

export interface TemplatesFilter {
  staffGroupId?: string | null;
  isDefault?: boolean | null;
}

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

/** Rule 2 (docs/domain.md) for many templates at once: the credentials each requires, in catalogue order. */
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
 * The precedence of rule 1 (docs/domain.md) for one template, given the trust's custom templates (by name; any superset of
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
