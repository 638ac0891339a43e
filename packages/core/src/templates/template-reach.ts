import type { EntityManager } from 'typeorm';
import { requireReadableTrust, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { isUuid } from '../common/validation';
import { type TemplateInput, validateTemplateInput } from './templates.service';

export interface TemplateReachPreviewInput extends TemplateInput {
  /** The template being changed: left out of the count and of the clash checks. Absent for a new one. */
  id?: string | null;
}

export interface TemplateReachPreview {
  /** How many of the trust's staff members the template would apply to, as things are now. */
  staffMemberCount: number;
}

/**
 * A template before it is saved (the check-your-answers step): checked exactly as saving would check
 * it, and how many of the trust's staff members it would apply to (rule 1), counted from the staff
 * members and the trust's other templates as they are now. A job-role template applies to everyone of
 * its staff group, job role and employment types; a staff-group template to those of its staff group
 * and employment types whose job role has no job-role template of their employment type.
 */
export async function previewTemplateReach(
  manager: EntityManager,
  actor: Actor | null,
  input: TemplateReachPreviewInput,
): Promise<TemplateReachPreview> {
  const organisationId = requireReadableTrust(actor);
  const editedId = input.id || null;
  if (editedId) await assertOwnCustomTemplate(manager, organisationId, editedId);
  const valid = await validateTemplateInput(manager, organisationId, input, editedId);
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count
       FROM staff_member s
      WHERE s.organisation_id = $1 AND s.staff_group_id = $2 AND s.employment_type = ANY($3::text[])
        AND CASE WHEN $4::uuid IS NOT NULL THEN s.job_role_id = $4::uuid
                 ELSE s.job_role_id IS NULL OR NOT EXISTS (
                   SELECT 1 FROM template_scope scope
                    WHERE scope.organisation_id = s.organisation_id AND scope.staff_group_id = s.staff_group_id
                      AND scope.job_role_id = s.job_role_id AND scope.employment_type = s.employment_type
                      AND scope.template_id IS DISTINCT FROM $5::uuid)
            END`,
    [organisationId, valid.staffGroup.id, valid.employmentTypes, valid.jobRole?.id ?? null, editedId],
  );
  return { staffMemberCount: count };
}

async function assertOwnCustomTemplate(manager: EntityManager, organisationId: string, id: string): Promise<void> {
  const found: unknown[] = isUuid(id)
    ? await manager.query('SELECT 1 FROM credentials_required_template WHERE id = $1 AND organisation_id = $2', [id, organisationId])
    : [];
  if (found.length === 0) throw new BadUserInputError('id', 'No template with that id in your organisation');
}
