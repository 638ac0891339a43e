import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables of the background jobs: ESR update batches, template resolution runs and their stored
 * results (each staff member's effective template and the required credentials they lack), and the
 * weekly summary dispatches whose unique key makes "at most one email per team and week" hold.
 */
export class BackgroundJobs1764100000000 implements MigrationInterface {
  name = 'BackgroundJobs1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE esr_update_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'APPLIED', 'FAILED')),
        received integer NOT NULL,
        stored integer NOT NULL,
        -- the updates this batch stored; replays of earlier updates are not stored again
        update_ids uuid[] NOT NULL,
        issued integer,
        awaiting_manual_issue integer,
        unchanged integer,
        error text,
        received_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz
      );
      CREATE INDEX esr_update_batch_trust_idx ON esr_update_batch (organisation_id, received_at DESC);
      CREATE INDEX esr_update_batch_queued_idx ON esr_update_batch (received_at) WHERE status = 'QUEUED';

      CREATE TABLE template_resolution_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        reason text NOT NULL,
        -- who is affected: whole staff groups, listed staff members, and whoever had listed templates;
        -- all three empty means the whole trust
        staff_group_ids uuid[] NOT NULL DEFAULT '{}',
        staff_member_ids uuid[] NOT NULL DEFAULT '{}',
        template_ids uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
        total integer,
        done integer NOT NULL DEFAULT 0,
        error text,
        requested_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX template_resolution_run_trust_idx ON template_resolution_run (organisation_id, requested_at DESC);
      CREATE INDEX template_resolution_run_open_idx ON template_resolution_run (requested_at)
        WHERE status IN ('QUEUED', 'RUNNING');

      -- Rule 1 (docs/domain.md), stored: the template in force for each staff member, as of resolved_at.
      CREATE TABLE staff_template_resolution (
        staff_member_id uuid PRIMARY KEY REFERENCES staff_member (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        -- no foreign key: a deleted template's rows stay until the job that replaces them runs
        template_id uuid NOT NULL,
        matched_by text NOT NULL CHECK (matched_by IN ('JOB_ROLE', 'STAFF_GROUP', 'DEFAULT')),
        resolved_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX staff_template_resolution_template_idx ON staff_template_resolution (organisation_id, template_id);

      -- Rule 2 (docs/domain.md) against the records held: the required credentials each staff member lacks.
      CREATE TABLE staff_missing_credential (
        staff_member_id uuid NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
        credential_id uuid NOT NULL REFERENCES credential (id),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        -- whether rule 4 (docs/domain.md) counts it: new starters and temporary movers only
        counts_as_action boolean NOT NULL,
        PRIMARY KEY (staff_member_id, credential_id)
      );
      CREATE INDEX staff_missing_credential_action_idx ON staff_missing_credential (organisation_id, credential_id)
        WHERE counts_as_action;

      CREATE TABLE summary_dispatch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        team text NOT NULL CHECK (team IN ('HR', 'OCCUPATIONAL_HEALTH', 'EDUCATION_AND_TRAINING')),
        iso_week text NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
        kind text NOT NULL CHECK (kind IN ('WEEKLY', 'ON_DEMAND')),
        -- WEEKLY: one per (trust, team, ISO week); ON_DEMAND: one per request
        dispatch_key text NOT NULL UNIQUE,
        message_id text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        recipient text,
        counts jsonb,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        requested_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        failed_at timestamptz
      );
      CREATE INDEX summary_dispatch_trust_idx ON summary_dispatch (organisation_id, created_at DESC, id);
      CREATE INDEX summary_dispatch_pending_idx ON summary_dispatch (created_at) WHERE status = 'PENDING';

      -- Start from resolved results for everyone already on file.
      INSERT INTO staff_template_resolution (staff_member_id, organisation_id, template_id, matched_by)
      SELECT s.id, s.organisation_id, e.template_id,
             CASE WHEN e.template_id = d.id THEN 'DEFAULT'
                  WHEN ts.job_role_id IS NOT NULL THEN 'JOB_ROLE' ELSE 'STAFF_GROUP' END
        FROM staff_member s
        JOIN staff_effective_template e ON e.staff_member_id = s.id
        JOIN credentials_required_template d ON d.is_default AND d.staff_group_id = s.staff_group_id
        LEFT JOIN template_scope ts ON ts.template_id = e.template_id AND ts.employment_type = s.employment_type;

      INSERT INTO staff_missing_credential (staff_member_id, credential_id, organisation_id, counts_as_action)
      SELECT s.id, t.credential_id, s.organisation_id,
             (s.employment_status = 'NEW_STARTER' OR s.employment_type = 'TEMPORARY_MOVER')
        FROM staff_member s
        JOIN staff_template_resolution r ON r.staff_member_id = s.id
        JOIN template_required_credential t ON t.template_id = r.template_id
       WHERE NOT EXISTS (
         SELECT 1 FROM credential_record cr
          WHERE cr.staff_member_id = s.id AND cr.credential_id = t.credential_id
            AND cr.status IN ('ISSUED', 'AWAITING_MANUAL_ISSUE'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE summary_dispatch, staff_missing_credential, staff_template_resolution,
        template_resolution_run, esr_update_batch;
    `);
  }
}
