import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { requireEsrFeed, requireReadableTrust, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { EMPLOYMENT_STATUSES, EMPLOYMENT_TYPES, type EmploymentStatus, type EmploymentType } from '../common/enums';
import { type Page, type PageInput, pageRequest, toPage } from '../common/pagination';
import { isUuid, requiredText, validEmail } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import type { TemplateMatch } from '../templates/effective-template';
import { recordTemplateResolutionRun } from '../templates/template-resolution.service';
import { CredentialRecord } from './credential-record.entity';
import { StaffMember } from './staff-member.entity';

export interface EsrStaffMemberInput {
  esrAssignmentNumber: string;
  name: string;
  email?: string | null;
  staffGroupCode: string;
  jobRoleName?: string | null;
  employmentType: EmploymentType;
  employmentStatus: EmploymentStatus;
  startDate: string;
}

/** ESR assignment numbers: digits, optionally followed by a hyphen and an assignment suffix. */
const ASSIGNMENT_NUMBER = /^\d{6,12}(-\d{1,3})?$/;
export const MAX_ESR_BATCH = 5000;

export interface StaffMembersFilter {
  /** Only those whose stored effective template is this one. */
  templateId?: string | null;
}

export async function listStaffMembers(
  manager: EntityManager,
  actor: Actor | null,
  filter: StaffMembersFilter | null | undefined,
  page: PageInput | null | undefined,
): Promise<Page<StaffMember>> {
  const organisationId = requireReadableTrust(actor);
  const request = pageRequest(page);
  const query = manager
    .createQueryBuilder(StaffMember, 'member')
    .where('member.organisationId = :organisationId', { organisationId })
    .orderBy('member.name', 'ASC')
    .addOrderBy('member.id', 'ASC')
    // offset/limit, not skip/take: the join below is one-to-one, so TypeORM's distinct-ids paging is not needed
    .offset(request.offset)
    .limit(request.limit);
  if (filter?.templateId) {
    // a template of another trust, or none at all, affects nobody here: an empty page, as for any unknown id
    if (!isUuid(filter.templateId)) throw new BadUserInputError('templateId', 'No template with that id');
    query.innerJoin(
      'staff_template_resolution',
      'resolution',
      'resolution.staff_member_id = member.id AND resolution.organisation_id = :organisationId AND resolution.template_id = :templateId',
      { templateId: filter.templateId },
    );
  }
  const [nodes, totalCount] = await query.getManyAndCount();
  return toPage(nodes, totalCount, request);
}

/** A staff member's stored effective template and missing credentials (see StaffTemplateResolution). */
export interface StoredTemplateResolution {
  staffMemberId: string;
  templateId: string;
  matchedBy: TemplateMatch;
  resolvedAt: Date;
  /** In catalogue order: category, then credential. */
  missingCredentialIds: string[];
}

/**
 * What the background resolution last stored for many staff members of one trust, in one statement
 * (for DataLoaders); null for those it has not reached yet.
 */
export async function storedTemplateResolutions(
  manager: EntityManager,
  organisationId: string,
  staffMemberIds: readonly string[],
): Promise<(StoredTemplateResolution | null)[]> {
  const rows: { staff_member_id: string; template_id: string; matched_by: StoredTemplateResolution['matchedBy']; resolved_at: Date; missing: string[] }[] =
    await manager.query(
      `SELECT r.staff_member_id, r.template_id, r.matched_by, r.resolved_at,
              ARRAY(SELECT m.credential_id FROM staff_missing_credential m
                      JOIN credential c ON c.id = m.credential_id
                      JOIN credential_category cc ON cc.id = c.category_id
                     WHERE m.staff_member_id = r.staff_member_id
                     ORDER BY cc.position, c.position) AS missing
         FROM staff_template_resolution r
        WHERE r.organisation_id = $1 AND r.staff_member_id = ANY($2::uuid[])`,
      [organisationId, staffMemberIds],
    );
  const byMember = new Map(
    rows.map((row) => [
      row.staff_member_id,
      { staffMemberId: row.staff_member_id, templateId: row.template_id, matchedBy: row.matched_by, resolvedAt: row.resolved_at, missingCredentialIds: row.missing },
    ]),
  );
  return staffMemberIds.map((id) => byMember.get(id) ?? null);
}

/** How many of a trust's staff members each template applies to, as last resolved (for DataLoaders). */
export async function affectedStaffCounts(
  manager: EntityManager,
  organisationId: string,
  templateIds: readonly string[],
): Promise<number[]> {
  const rows: { template_id: string; staff: number }[] = await manager.query(
    `SELECT template_id, count(*)::int AS staff FROM staff_template_resolution
      WHERE organisation_id = $1 AND template_id = ANY($2::uuid[])
      GROUP BY template_id`,
    [organisationId, templateIds],
  );
  const counts = new Map(rows.map((row) => [row.template_id, row.staff]));
  return templateIds.map((id) => counts.get(id) ?? 0);
}

/** Credential records of many staff members at once (for DataLoaders). */
export async function credentialRecordsByStaffMember(
  manager: EntityManager,
  staffMemberIds: readonly string[],
): Promise<CredentialRecord[][]> {
  const records = await manager.find(CredentialRecord, { where: { staffMemberId: In([...staffMemberIds]) } });
  return staffMemberIds.map((id) => records.filter((record) => record.staffMemberId === id));
}

/**
 * Adds or updates staff members of the caller's trust from ESR, by assignment number, in one
 * set-based statement, and has their templates recomputed. A job role must already exist in the trust
 * for that staff group.
 */
export async function recordEsrStaffMembers(
  context: CommandContext,
  actor: Actor | null,
  inputs: readonly EsrStaffMemberInput[],
): Promise<{ created: number; updated: number; staffMemberIds: string[] }> {
  const organisationId = requireEsrFeed(actor);
  if (inputs.length === 0) throw new BadUserInputError('staffMembers', 'Send at least one staff member');
  if (inputs.length > MAX_ESR_BATCH) {
    throw new BadUserInputError('staffMembers', `Send at most ${MAX_ESR_BATCH} staff members at a time`);
  }
  return runCommand(context, async (manager, outbox) => {
    const groups: { id: string; code: string }[] = await manager.query('SELECT id, code FROM staff_group');
    const groupByCode = new Map(groups.map((group) => [group.code, group.id]));
    const roles: { id: string; staff_group_id: string; name: string }[] = await manager.query(
      'SELECT id, staff_group_id, name FROM job_role WHERE organisation_id = $1',
      [organisationId],
    );
    const roleByKey = new Map(roles.map((role) => [`${role.staff_group_id}|${role.name.toLowerCase()}`, role.id]));

    const seen = new Set<string>();
    const rows = inputs.map((input, index) => {
      const field = `staffMembers.${index}`;
      const assignment = input.esrAssignmentNumber.trim();
      if (!ASSIGNMENT_NUMBER.test(assignment)) {
        throw new BadUserInputError(`${field}.esrAssignmentNumber`, `ESR assignment number ‘${assignment}’ must be 6 to 12 digits, like 12345678 or 12345678-2`);
      }
      if (seen.has(assignment)) {
        throw new BadUserInputError(`${field}.esrAssignmentNumber`, `ESR assignment number ${assignment} is sent twice`);
      }
      seen.add(assignment);
      const staffGroupId = groupByCode.get(input.staffGroupCode);
      if (!staffGroupId) throw new BadUserInputError(`${field}.staffGroupCode`, `No staff group with code ‘${input.staffGroupCode}’`);
      let jobRoleId: string | null = null;
      if (input.jobRoleName && input.jobRoleName.trim()) {
        jobRoleId = roleByKey.get(`${staffGroupId}|${input.jobRoleName.trim().toLowerCase()}`) ?? null;
        if (!jobRoleId) {
          throw new BadUserInputError(`${field}.jobRoleName`, `No job role called ‘${input.jobRoleName}’ in that staff group: create it first`);
        }
      }
      if (!EMPLOYMENT_TYPES.includes(input.employmentType)) throw new BadUserInputError(`${field}.employmentType`, 'Unknown employment type');
      if (!EMPLOYMENT_STATUSES.includes(input.employmentStatus)) throw new BadUserInputError(`${field}.employmentStatus`, 'Unknown employment status');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.startDate) || Number.isNaN(Date.parse(input.startDate))) {
        throw new BadUserInputError(`${field}.startDate`, 'Start date must be a real date, like 2026-04-01');
      }
      return {
        assignment,
        name: requiredText(`${field}.name`, input.name, 'a name'),
        email: input.email ? validEmail(`${field}.email`, input.email) : null,
        staffGroupId,
        jobRoleId,
        employmentType: input.employmentType,
        employmentStatus: input.employmentStatus,
        startDate: input.startDate,
      };
    });

    const result: { id: string; created: boolean }[] = await manager.query(
      `INSERT INTO staff_member (organisation_id, esr_assignment_number, name, email, staff_group_id,
                                 job_role_id, employment_type, employment_status, start_date)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::date[])
       ON CONFLICT (organisation_id, esr_assignment_number) DO UPDATE SET
         name = EXCLUDED.name, email = EXCLUDED.email, staff_group_id = EXCLUDED.staff_group_id,
         job_role_id = EXCLUDED.job_role_id, employment_type = EXCLUDED.employment_type,
         employment_status = EXCLUDED.employment_status, start_date = EXCLUDED.start_date, updated_at = now()
       RETURNING id, (xmax = 0) AS created`,
      [
        organisationId,
        rows.map((row) => row.assignment),
        rows.map((row) => row.name),
        rows.map((row) => row.email),
        rows.map((row) => row.staffGroupId),
        rows.map((row) => row.jobRoleId),
        rows.map((row) => row.employmentType),
        rows.map((row) => row.employmentStatus),
        rows.map((row) => row.startDate),
      ],
    );
    const created = result.filter((row) => row.created).length;
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'staff.recorded-from-esr',
      entityType: 'StaffMember',
      entityId: organisationId,
      before: null,
      after: { created, updated: result.length - created },
    });
    const staffMemberIds = result.map((row) => row.id);
    await recordTemplateResolutionRun(manager, outbox, organisationId, 'staff.recorded-from-esr', { staffMemberIds });
    return { created, updated: result.length - created, staffMemberIds };
  });
}
