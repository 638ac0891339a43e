import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ESR batches answer line by line: the lines left out (unknown person or credential, bad version) are
 * kept with their reasons, and the feed that sent a batch is recorded so that the audit event of its
 * application names it. Also: the demo template whose name had an en dash, which the name rule refuses
 * (docs/domain.md), gets a hyphen, so that it can be saved unchanged.
 */
export class PartialEsrBatches1764200000001 implements MigrationInterface {
  name = 'PartialEsrBatches1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE esr_update_batch
        ADD COLUMN rejections jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rejections) = 'array'),
        ADD COLUMN sent_by_id uuid,
        ADD COLUMN sent_by_name text;
      UPDATE credentials_required_template SET name = 'Nursing - ward managers'
       WHERE NOT is_default AND name = 'Nursing – ward manager';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE esr_update_batch DROP COLUMN rejections, DROP COLUMN sent_by_id, DROP COLUMN sent_by_name;
    `);
  }
}
