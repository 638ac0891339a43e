import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log filtered by kind (record types) reads a trust's events of those types newest first. */
export class AuditEventKindIndex1764400000001 implements MigrationInterface {
  name = 'AuditEventKindIndex1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX audit_event_trust_type_time_idx ON audit_event (organisation_id, entity_type, occurred_at DESC, id DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX audit_event_trust_type_time_idx');
  }
}
