import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table whose rows belong to one trust, by its organisation_id. */
const TRUST_TABLES = [
  'account_email_dispatch',
  'api_client',
  'audit_event',
  'auto_issue_setting',
  'contact',
  'credential_record',
  'credentials_required_template',
  'esr_credential_update',
  'esr_update_batch',
  'job_role',
  'notification_setting',
  'portal_user',
  'portal_user_invitation',
  'staff_member',
  'staff_missing_credential',
  'staff_template_resolution',
  'summary_dispatch',
  'template_resolution_run',
  'template_scope',
];
/** Tables whose rows belong to a trust through their template. */
const TEMPLATE_TABLES = ['template_credential', 'template_category'];

/**
 * A version per trust that every change of the trust's data increments in the change's own
 * transaction (apps/api/src/answer-cache.ts keys the API's cached answers by it). Statement-level
 * triggers do it, so no writer can forget: API commands, worker jobs, the seed and the CLIs alike,
 * one increment per trust per statement whatever the number of rows. The increments of a statement
 * take the trusts in id order, so two statements that touch several trusts never wait on each other
 * in a circle. A TRUNCATE increments every trust.
 */
export class OrganisationDataVersion1764600000010 implements MigrationInterface {
  name = 'OrganisationDataVersion1764600000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- no foreign key: a trust deleted with its rows must not fail on its own version
      CREATE TABLE organisation_data_version (
        organisation_id uuid PRIMARY KEY,
        version bigint NOT NULL
      );

      CREATE FUNCTION bump_organisation_data_versions(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO organisation_data_version AS v (organisation_id, version)
        SELECT DISTINCT id, 1 FROM unnest(ids) AS id WHERE id IS NOT NULL ORDER BY 1
        ON CONFLICT (organisation_id) DO UPDATE SET version = v.version + 1
      $$;

      -- TG_ARGV[0]: how a changed row names its trust: organisation_id, id (the organisation itself) or template_id
      CREATE FUNCTION organisation_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_ARGV[0] = 'organisation_id' THEN
          IF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT DISTINCT organisation_id FROM new_rows);
          ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT DISTINCT organisation_id FROM old_rows);
          ELSE ids := ARRAY(SELECT organisation_id FROM new_rows UNION SELECT organisation_id FROM old_rows);
          END IF;
        ELSIF TG_ARGV[0] = 'id' THEN
          IF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT id FROM new_rows);
          ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT id FROM old_rows);
          ELSE ids := ARRAY(SELECT id FROM new_rows UNION SELECT id FROM old_rows);
          END IF;
        ELSE
          IF TG_OP = 'INSERT' THEN
            ids := ARRAY(SELECT DISTINCT t.organisation_id FROM new_rows r JOIN credentials_required_template t ON t.id = r.template_id);
          ELSIF TG_OP = 'DELETE' THEN
            ids := ARRAY(SELECT DISTINCT t.organisation_id FROM old_rows r JOIN credentials_required_template t ON t.id = r.template_id);
          ELSE
            ids := ARRAY(SELECT t.organisation_id FROM new_rows r JOIN credentials_required_template t ON t.id = r.template_id
                         UNION SELECT t.organisation_id FROM old_rows r JOIN credentials_required_template t ON t.id = r.template_id);
          END IF;
        END IF;
        PERFORM bump_organisation_data_versions(ids);
        RETURN NULL;
      END $$;

      CREATE FUNCTION organisation_data_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM bump_organisation_data_versions(ARRAY(SELECT id FROM organisation));
        RETURN NULL;
      END $$;
    `);
    const tables: [string, string][] = [
      ['organisation', 'id'],
      ...TRUST_TABLES.map((table): [string, string] => [table, 'organisation_id']),
      ...TEMPLATE_TABLES.map((table): [string, string] => [table, 'template_id']),
    ];
    for (const [table, column] of tables) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_data_inserted AFTER INSERT ON ${table}
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_data_changed('${column}');
        CREATE TRIGGER ${table}_data_updated AFTER UPDATE ON ${table}
          REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_data_changed('${column}');
        CREATE TRIGGER ${table}_data_deleted AFTER DELETE ON ${table}
          REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_data_changed('${column}');
        CREATE TRIGGER ${table}_data_truncated AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION organisation_data_truncated();
      `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['organisation', ...TRUST_TABLES, ...TEMPLATE_TABLES]) {
      for (const event of ['inserted', 'updated', 'deleted', 'truncated']) {
        await queryRunner.query(`DROP TRIGGER ${table}_data_${event} ON ${table}`);
      }
    }
    await queryRunner.query(`
      DROP FUNCTION organisation_data_truncated();
      DROP FUNCTION organisation_data_changed();
      DROP FUNCTION bump_organisation_data_versions(uuid[]);
      DROP TABLE organisation_data_version;
    `);
  }
}
