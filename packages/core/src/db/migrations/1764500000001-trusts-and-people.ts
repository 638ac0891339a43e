import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule 7 (docs/domain.md): trusts that register and can be deactivated, National Administrators bound to
 * no trust, portal users who are invited, activated and deactivated, a TOTP second factor with recovery
 * codes, sign-in challenges (the step between password and second factor), single-use links for
 * invitations and password resets, and the account emails that carry them (an outbox like summaries).
 */
export class TrustsAndPeople1764500000001 implements MigrationInterface {
  name = 'TrustsAndPeople1764500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organisation
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
        ADD COLUMN deactivated_at timestamptz,
        -- Senior Portal Administrators and National Administrators always need a second factor;
        -- each trust decides for its Portal Administrators.
        ADD COLUMN portal_administrator_mfa_required boolean NOT NULL DEFAULT false,
        ADD CHECK ((status = 'DEACTIVATED') = (deactivated_at IS NOT NULL));

      ALTER TABLE portal_user
        ALTER COLUMN organisation_id DROP NOT NULL,
        ALTER COLUMN password_hash DROP NOT NULL,
        DROP CONSTRAINT portal_user_role_check,
        ADD CONSTRAINT portal_user_role_check
          CHECK (role IN ('NATIONAL_ADMINISTRATOR', 'SENIOR_PORTAL_ADMINISTRATOR', 'PORTAL_ADMINISTRATOR')),
        -- a National Administrator belongs to no trust; everybody else to exactly one
        ADD CONSTRAINT portal_user_national_has_no_trust
          CHECK ((role = 'NATIONAL_ADMINISTRATOR') = (organisation_id IS NULL)),
        ADD COLUMN email text CHECK (email = lower(email)),
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN password_changed_at timestamptz,
        -- the start of the current run of failed attempts: a run older than the window starts again
        ADD COLUMN failed_sign_in_window_started_at timestamptz,
        -- AES-256-GCM with MFA_ENCRYPTION_KEY (auth/mfa.ts); null until enrolled
        ADD COLUMN totp_secret_encrypted text,
        ADD COLUMN totp_enrolled_at timestamptz,
        -- the last TOTP time step accepted: a code of that step or an earlier one is a replay
        ADD COLUMN totp_last_used_step bigint,
        ADD CONSTRAINT portal_user_active_has_password CHECK (status <> 'ACTIVE' OR password_hash IS NOT NULL),
        ADD CONSTRAINT portal_user_enrolled_has_secret CHECK ((totp_secret_encrypted IS NULL) = (totp_enrolled_at IS NULL));
      CREATE UNIQUE INDEX portal_user_email_unique ON portal_user (email) WHERE email IS NOT NULL;
      CREATE INDEX portal_user_trust_role_idx ON portal_user (organisation_id, role, status);

      CREATE TABLE portal_user_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        portal_user_id uuid NOT NULL REFERENCES portal_user (id) ON DELETE CASCADE,
        -- SHA-256 of an 80-bit random code (auth/mfa.ts)
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (portal_user_id, code_hash)
      );

      -- Between a correct password and the second factor: good for finishing this sign-in and nothing else.
      CREATE TABLE sign_in_challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        portal_user_id uuid NOT NULL REFERENCES portal_user (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        purpose text NOT NULL CHECK (purpose IN ('MFA', 'MFA_ENROLMENT')),
        -- the secret offered by startMfaEnrolment, until the first code from it confirms it
        pending_totp_secret_encrypted text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sign_in_challenge_user_idx ON sign_in_challenge (portal_user_id);

      CREATE TABLE portal_user_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        portal_user_id uuid NOT NULL REFERENCES portal_user (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        invited_by text NOT NULL,
        -- the hash of the link's token and its expiry: set when the email is sent (a re-send replaces them)
        token_hash text UNIQUE,
        expires_at timestamptz,
        sent_at timestamptz,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((token_hash IS NULL) = (expires_at IS NULL))
      );
      -- at most one invitation of a person is open at a time
      CREATE UNIQUE INDEX portal_user_invitation_open_idx ON portal_user_invitation (portal_user_id)
        WHERE accepted_at IS NULL AND revoked_at IS NULL;

      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        portal_user_id uuid NOT NULL REFERENCES portal_user (id) ON DELETE CASCADE,
        token_hash text UNIQUE,
        expires_at timestamptz,
        used_at timestamptz,
        requested_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((token_hash IS NULL) = (expires_at IS NULL))
      );
      CREATE INDEX password_reset_user_idx ON password_reset (portal_user_id, requested_at DESC);

      -- One account email (invitation, password reset, MFA reset, role changed, account deactivated):
      -- recorded with the change that needs it, sent by the worker, at most once.
      CREATE TABLE account_email_dispatch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('INVITATION', 'PASSWORD_RESET', 'MFA_RESET', 'ROLE_CHANGED', 'ACCOUNT_DEACTIVATED')),
        -- null for a National Administrator's emails
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        portal_user_id uuid NOT NULL REFERENCES portal_user (id) ON DELETE CASCADE,
        invitation_id uuid REFERENCES portal_user_invitation (id) ON DELETE CASCADE,
        password_reset_id uuid REFERENCES password_reset (id) ON DELETE CASCADE,
        recipient text NOT NULL,
        -- who did it and what changed, for the email's wording (never a secret)
        details jsonb NOT NULL DEFAULT '{}',
        message_id text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        failed_at timestamptz,
        CHECK ((kind = 'INVITATION') = (invitation_id IS NOT NULL)),
        CHECK ((kind = 'PASSWORD_RESET') = (password_reset_id IS NOT NULL))
      );
      CREATE INDEX account_email_dispatch_pending_idx ON account_email_dispatch (created_at) WHERE status = 'PENDING';
      CREATE INDEX account_email_dispatch_invitation_idx ON account_email_dispatch (invitation_id, created_at DESC)
        WHERE invitation_id IS NOT NULL;

      -- National events (a National Administrator's own account) belong to no trust; commands run by an
      -- operator (npm run trust, npm run admin) have no caller id.
      ALTER TABLE audit_event
        ALTER COLUMN organisation_id DROP NOT NULL,
        ALTER COLUMN actor_id DROP NOT NULL,
        DROP CONSTRAINT audit_event_actor_kind_check,
        ADD CONSTRAINT audit_event_actor_kind_check CHECK (actor_kind IN ('PORTAL_USER', 'API_CLIENT', 'OPERATOR')),
        ADD CHECK ((actor_kind = 'OPERATOR') = (actor_id IS NULL));
      CREATE INDEX audit_event_trust_lifecycle_idx ON audit_event (occurred_at DESC, id DESC)
        WHERE action LIKE 'trust.%' OR organisation_id IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM audit_event WHERE organisation_id IS NULL OR actor_id IS NULL;
      DROP INDEX audit_event_trust_lifecycle_idx;
      ALTER TABLE audit_event
        DROP CONSTRAINT audit_event_actor_kind_check,
        ADD CONSTRAINT audit_event_actor_kind_check CHECK (actor_kind IN ('PORTAL_USER', 'API_CLIENT')),
        ALTER COLUMN organisation_id SET NOT NULL,
        ALTER COLUMN actor_id SET NOT NULL;
      DROP TABLE account_email_dispatch, password_reset, portal_user_invitation, sign_in_challenge, portal_user_recovery_code;
      DELETE FROM portal_user WHERE organisation_id IS NULL OR password_hash IS NULL;
      DROP INDEX portal_user_email_unique, portal_user_trust_role_idx;
      ALTER TABLE portal_user
        DROP CONSTRAINT portal_user_national_has_no_trust,
        DROP CONSTRAINT portal_user_active_has_password,
        DROP CONSTRAINT portal_user_enrolled_has_secret,
        DROP CONSTRAINT portal_user_role_check,
        ADD CONSTRAINT portal_user_role_check CHECK (role IN ('SENIOR_PORTAL_ADMINISTRATOR', 'PORTAL_ADMINISTRATOR')),
        DROP COLUMN email, DROP COLUMN status, DROP COLUMN deactivated_at, DROP COLUMN password_changed_at,
        DROP COLUMN failed_sign_in_window_started_at, DROP COLUMN totp_secret_encrypted, DROP COLUMN totp_enrolled_at,
        DROP COLUMN totp_last_used_step,
        ALTER COLUMN organisation_id SET NOT NULL,
        ALTER COLUMN password_hash SET NOT NULL;
      ALTER TABLE organisation DROP COLUMN status, DROP COLUMN deactivated_at, DROP COLUMN portal_administrator_mfa_required;
    `);
  }
}
