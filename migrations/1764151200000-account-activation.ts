import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time activation links for accounts without a usable password (imported officials), also
 * used to reset a forgotten password. Only the token's SHA-256 is stored.
 */
export class AccountActivation1764151200000 implements MigrationInterface {
  name = 'AccountActivation1764151200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN pending_activation boolean GENERATED ALWAYS AS (password_hash = '!unset') STORED`,
    );
    await queryRunner.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose varchar(16) NOT NULL,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_account_tokens_token_hash UNIQUE (token_hash),
        CONSTRAINT ck_account_tokens_purpose CHECK (purpose IN ('activation'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_account_tokens_user ON account_tokens (user_id) WHERE used_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE account_tokens`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN pending_activation`);
  }
}
