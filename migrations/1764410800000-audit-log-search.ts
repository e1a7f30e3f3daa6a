import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the admins' audit log viewer: by person, by action (exact or by prefix, hence the
 * pattern operator class), by record id alone and by request id, each newest first.
 */
export class AuditLogSearch1764410800000 implements MigrationInterface {
  name = 'AuditLogSearch1764410800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_log_action ON audit_log (action varchar_pattern_ops, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_log_entity_id ON audit_log (entity_id, created_at DESC) WHERE entity_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_audit_log_request ON audit_log (request_id) WHERE request_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_audit_log_request`);
    await queryRunner.query(`DROP INDEX ix_audit_log_entity_id`);
    await queryRunner.query(`DROP INDEX ix_audit_log_action`);
    await queryRunner.query(`DROP INDEX ix_audit_log_actor`);
  }
}
