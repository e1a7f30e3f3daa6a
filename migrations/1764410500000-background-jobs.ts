import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background jobs people can follow (batch certificate issuing, large exports): what runs, who
 * started it, how far it got and how it ended. pg-boss (schema `pgboss`) carries the work; this
 * table carries the progress shown in the SPA.
 */
export class BackgroundJobs1764410500000 implements MigrationInterface {
  name = 'BackgroundJobs1764410500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE background_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(64) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'queued',
        payload jsonb NOT NULL DEFAULT '{}',
        total integer NOT NULL DEFAULT 0,
        done integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        result jsonb,
        error text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT ck_background_jobs_status CHECK (status IN ('queued', 'running', 'done', 'failed')),
        CONSTRAINT ck_background_jobs_counts CHECK (total >= 0 AND done >= 0 AND failed >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX ix_background_jobs_creator ON background_jobs (created_by, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_background_jobs_kind_payload ON background_jobs USING gin (payload)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE background_jobs`);
  }
}
