import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A weekly summary's rule 4 counts, taken for every trust and team at once when the week is planned
 * (summary-dispatch.service.ts); `counts` stays what the email carried, filled in once SENT.
 */
export class SummaryPlannedCounts1764600000011 implements MigrationInterface {
  name = 'SummaryPlannedCounts1764600000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE summary_dispatch ADD COLUMN planned_counts jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE summary_dispatch DROP COLUMN planned_counts`);
  }
}
