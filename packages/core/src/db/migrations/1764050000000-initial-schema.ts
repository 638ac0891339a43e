import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole domain of docs/domain.md. Constraints live here as well as in the services, so that no bug or
 * race can store what the rules forbid.
 */
export class InitialSchema1764050000000 implements MigrationInterface {
  name = 'InitialSchema1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{2}$'),
        name text NOT NULL
      );

      CREATE TABLE credential_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        team text NOT NULL CHECK (team IN ('HR', 'OCCUPATIONAL_HEALTH', 'EDUCATION_AND_TRAINING')),
        position integer NOT NULL
      );

      CREATE TABLE credential (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        category_id uuid NOT NULL REFERENCES credential_category (id),
        team text NOT NULL CHECK (team IN ('HR', 'OCCUPATIONAL_HEALTH', 'EDUCATION_AND_TRAINING')),
        position integer NOT NULL
      );
      CREATE INDEX credential_category_idx ON credential (category_id, position);

      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ods_code text NOT NULL UNIQUE CHECK (ods_code ~ '^[A-Z0-9]{3,5}$'),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('PRIMARY_CONTACT', 'HR_SUPPORT', 'MEDICAL_HR_SUPPORT',
          'INFORMATION_GOVERNANCE', 'DATA_PROTECTION_OFFICER', 'SENIOR_PORTAL_ADMINISTRATOR',
          'HR_TEAM', 'OCCUPATIONAL_HEALTH_TEAM', 'EDUCATION_AND_TRAINING_TEAM')),
        name text NOT NULL,
        email text,
        phone text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, role)
      );

      CREATE TABLE notification_setting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        team text NOT NULL CHECK (team IN ('HR', 'OCCUPATIONAL_HEALTH', 'EDUCATION_AND_TRAINING')),
        email text NOT NULL,
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, team)
      );

      CREATE TABLE auto_issue_setting (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        credential_id uuid NOT NULL REFERENCES credential (id),
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, credential_id)
      );

      CREATE TABLE job_role (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        staff_group_id uuid NOT NULL REFERENCES staff_group (id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- referenced by (id, organisation_id, staff_group_id) so templates cannot point at another
        -- trust's or another staff group's job role
        UNIQUE (id, organisation_id, staff_group_id)
      );
      CREATE UNIQUE INDEX job_role_name_unique ON job_role (organisation_id, staff_group_id, lower(name));

      CREATE TABLE credentials_required_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        is_default boolean NOT NULL,
        staff_group_id uuid NOT NULL REFERENCES staff_group (id),
        job_role_id uuid,
        employment_types text[] NOT NULL CHECK (
          cardinality(employment_types) BETWEEN 1 AND 2
          AND employment_types <@ ARRAY['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER']::text[]),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (is_default = (organisation_id IS NULL)),
        CHECK (NOT is_default OR job_role_id IS NULL),
        FOREIGN KEY (job_role_id, organisation_id, staff_group_id)
          REFERENCES job_role (id, organisation_id, staff_group_id),
        UNIQUE (id, organisation_id, staff_group_id)
      );
      CREATE UNIQUE INDEX template_one_default_per_staff_group
        ON credentials_required_template (staff_group_id) WHERE is_default;
      CREATE UNIQUE INDEX template_name_unique_per_trust
        ON credentials_required_template (organisation_id, lower(name)) WHERE NOT is_default;
      CREATE INDEX template_trust_idx ON credentials_required_template (organisation_id, staff_group_id);
      CREATE INDEX template_job_role_idx ON credentials_required_template (job_role_id)
        WHERE job_role_id IS NOT NULL;

      CREATE TABLE template_scope (
        template_id uuid NOT NULL REFERENCES credentials_required_template (id) ON DELETE CASCADE,
        employment_type text NOT NULL CHECK (employment_type IN ('PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER')),
        organisation_id uuid NOT NULL,
        staff_group_id uuid NOT NULL,
        job_role_id uuid,
        PRIMARY KEY (template_id, employment_type),
        FOREIGN KEY (template_id, organisation_id, staff_group_id)
          REFERENCES credentials_required_template (id, organisation_id, staff_group_id) ON DELETE CASCADE
      );
      -- Rule 1 (docs/domain.md): two custom templates never claim the same (staff group, job role or none, employment type)
      CREATE UNIQUE INDEX template_scope_unique ON template_scope
        (organisation_id, staff_group_id, job_role_id, employment_type) NULLS NOT DISTINCT;

      CREATE TABLE template_credential (
        template_id uuid NOT NULL REFERENCES credentials_required_template (id) ON DELETE CASCADE,
        credential_id uuid NOT NULL REFERENCES credential (id),
        PRIMARY KEY (template_id, credential_id)
      );

      CREATE TABLE template_category (
        template_id uuid NOT NULL REFERENCES credentials_required_template (id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES credential_category (id),
        PRIMARY KEY (template_id, category_id)
      );

      CREATE TABLE staff_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        esr_assignment_number text NOT NULL,
        name text NOT NULL,
        email text,
        staff_group_id uuid NOT NULL REFERENCES staff_group (id),
        job_role_id uuid REFERENCES job_role (id) ON DELETE SET NULL,
        employment_type text NOT NULL CHECK (employment_type IN ('PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER')),
        employment_status text NOT NULL CHECK (employment_status IN ('CURRENT_EMPLOYEE', 'NEW_STARTER')),
        start_date date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, esr_assignment_number)
      );
      CREATE INDEX staff_member_name_idx ON staff_member (organisation_id, name, id);
      CREATE INDEX staff_member_group_idx ON staff_member (organisation_id, staff_group_id, job_role_id);
      CREATE INDEX staff_member_job_role_idx ON staff_member (job_role_id) WHERE job_role_id IS NOT NULL;

      CREATE TABLE credential_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        staff_member_id uuid NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
        credential_id uuid NOT NULL REFERENCES credential (id),
        status text NOT NULL CHECK (status IN ('AWAITING_MANUAL_ISSUE', 'ISSUED', 'REVOKED')),
        esr_version integer NOT NULL,
        issued_at timestamptz,
        issued_automatically boolean NOT NULL DEFAULT false,
        issued_by text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (staff_member_id, credential_id)
      );
      CREATE INDEX credential_record_status_idx ON credential_record (organisation_id, status, credential_id);

      CREATE TABLE esr_credential_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        staff_member_id uuid NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
        credential_id uuid NOT NULL REFERENCES credential (id),
        version integer NOT NULL CHECK (version >= 0),
        received_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz,
        UNIQUE (staff_member_id, credential_id, version)
      );
      CREATE INDEX esr_credential_update_pending_idx ON esr_credential_update (organisation_id, received_at)
        WHERE applied_at IS NULL;

      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_kind text NOT NULL CHECK (actor_kind IN ('PORTAL_USER', 'API_CLIENT')),
        actor_id uuid NOT NULL,
        actor_name text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      );
      CREATE INDEX audit_event_trust_time_idx ON audit_event (organisation_id, occurred_at DESC, id DESC);

      CREATE TABLE portal_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        username text NOT NULL UNIQUE CHECK (username = lower(username)),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('SENIOR_PORTAL_ADMINISTRATOR', 'PORTAL_ADMINISTRATOR')),
        failed_sign_in_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_signed_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX portal_user_trust_idx ON portal_user (organisation_id);

      CREATE TABLE portal_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        portal_user_id uuid NOT NULL REFERENCES portal_user (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX portal_session_user_idx ON portal_session (portal_user_id);
      CREATE INDEX portal_session_expiry_idx ON portal_session (expires_at);

      CREATE TABLE api_client (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        key_id text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY['settings:read', 'settings:write', 'esr:write']::text[]),
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- Rule 2 (docs/domain.md): a template requires its single credentials and every credential of its categories,
      -- including credentials added to those categories later.
      CREATE VIEW template_required_credential AS
        SELECT template_id, credential_id FROM template_credential
        UNION
        SELECT tc.template_id, c.id FROM template_category tc JOIN credential c ON c.category_id = tc.category_id;

      -- Rule 1 (docs/domain.md): the custom template for the job role, else the one for the staff group, else the default.
      CREATE VIEW staff_effective_template AS
        SELECT s.id AS staff_member_id, s.organisation_id,
               COALESCE(by_role.template_id, by_group.template_id, d.id) AS template_id
          FROM staff_member s
          JOIN credentials_required_template d ON d.is_default AND d.staff_group_id = s.staff_group_id
          LEFT JOIN template_scope by_role
            ON by_role.organisation_id = s.organisation_id AND by_role.staff_group_id = s.staff_group_id
           AND by_role.job_role_id = s.job_role_id AND by_role.employment_type = s.employment_type
          LEFT JOIN template_scope by_group
            ON by_group.organisation_id = s.organisation_id AND by_group.staff_group_id = s.staff_group_id
           AND by_group.job_role_id IS NULL AND by_group.employment_type = s.employment_type;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP VIEW staff_effective_template, template_required_credential;
      DROP TABLE api_client, portal_session, portal_user, audit_event, esr_credential_update, credential_record,
        staff_member, template_category, template_credential, template_scope,
        credentials_required_template, job_role, auto_issue_setting, notification_setting, contact,
        organisation, credential, credential_category, staff_group;
    `);
  }
}
