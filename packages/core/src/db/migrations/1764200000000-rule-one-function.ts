import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule 1 (docs/domain.md#rule-1-the-template-in-effect) gets one definition, the function
 * `template_in_effect`, used by everything that needs it: the `effectiveTemplate` query, the deletion's
 * "now in effect" answer and, through the `staff_effective_template` view, the set-based resolution
 * of every staff member and the live outstanding-actions count.
 *
 * The function is `LANGUAGE sql STABLE` with a single SELECT and returns a table, so PostgreSQL inlines
 * it into the calling statement: joined laterally to 30,000 staff members it plans as the joins it
 * replaces, not as 30,000 calls.
 */
export class RuleOneFunction1764200000000 implements MigrationInterface {
  name = 'RuleOneFunction1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION template_in_effect(
        p_organisation_id uuid, p_staff_group_id uuid, p_job_role_id uuid, p_employment_type text)
      RETURNS TABLE (template_id uuid, matched_by text)
      LANGUAGE sql STABLE
      AS $$
        -- the trust's template for the job role, else its template for the staff group (no job role),
        -- else the national default, each for this employment type; no row for an unknown staff group
        SELECT COALESCE(by_role.template_id, by_group.template_id, d.id),
               CASE WHEN by_role.template_id IS NOT NULL THEN 'JOB_ROLE'
                    WHEN by_group.template_id IS NOT NULL THEN 'STAFF_GROUP'
                    ELSE 'DEFAULT' END
          FROM credentials_required_template d
          LEFT JOIN template_scope by_role
            ON by_role.organisation_id = p_organisation_id AND by_role.staff_group_id = d.staff_group_id
           AND by_role.job_role_id = p_job_role_id AND by_role.employment_type = p_employment_type
          LEFT JOIN template_scope by_group
            ON by_group.organisation_id = p_organisation_id AND by_group.staff_group_id = d.staff_group_id
           AND by_group.job_role_id IS NULL AND by_group.employment_type = p_employment_type
         WHERE d.is_default AND d.staff_group_id = p_staff_group_id
      $$;

      CREATE OR REPLACE VIEW staff_effective_template AS
        SELECT s.id AS staff_member_id, s.organisation_id, e.template_id, e.matched_by
          FROM staff_member s
          CROSS JOIN LATERAL template_in_effect(s.organisation_id, s.staff_group_id, s.job_role_id, s.employment_type) e;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // back to the view as the initial schema wrote it (rule 1 (docs/domain.md) inline), without matched_by
    await queryRunner.query(`
      DROP VIEW staff_effective_template;
      CREATE VIEW staff_effective_template AS SELECT s.id AS staff_member_id, s.organisation_id,
        COALESCE(r.template_id, g.template_id, d.id) AS template_id FROM staff_member s
        JOIN credentials_required_template d ON d.is_default AND d.staff_group_id = s.staff_group_id
        LEFT JOIN template_scope r ON (r.organisation_id, r.staff_group_id, r.job_role_id, r.employment_type) = (s.organisation_id, s.staff_group_id, s.job_role_id, s.employment_type)
        LEFT JOIN template_scope g ON (g.organisation_id, g.staff_group_id, g.employment_type) = (s.organisation_id, s.staff_group_id, s.employment_type) AND g.job_role_id IS NULL;
      DROP FUNCTION template_in_effect(uuid, uuid, uuid, text);
    `);
  }
}
