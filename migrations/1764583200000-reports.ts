import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the capacity-building reports: each figure is anchored on a date (libs/domain
 * `reports.ts`), so a period selects its rows by that date: cohorts by start date (cancelled ones
 * never count), certificates by issue instant, approved placements by evaluation instant and
 * final reports by submission instant.
 */
export class Reports1764583200000 implements MigrationInterface {
  name = 'Reports1764583200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_cohorts_starts_on ON cohorts (starts_on) WHERE status <> 'cancelled'`);
    await queryRunner.query(`CREATE INDEX ix_certificates_issued_at ON certificates (issued_at) WHERE status <> 'superseded'`);
    await queryRunner.query(`CREATE INDEX ix_placements_evaluated_at ON placements (evaluated_at) WHERE status = 'approved'`);
    await queryRunner.query(`CREATE INDEX ix_placements_report_submitted_at ON placements (report_submitted_at) WHERE report_submitted_at IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_placements_report_submitted_at`);
    await queryRunner.query(`DROP INDEX ix_placements_evaluated_at`);
    await queryRunner.query(`DROP INDEX ix_certificates_issued_at`);
    await queryRunner.query(`DROP INDEX ix_cohorts_starts_on`);
  }
}
