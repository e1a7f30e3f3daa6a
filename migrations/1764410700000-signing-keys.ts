import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing keys of the Open Badges credentials: Ed25519 key pairs (Multikey), one active key per
 * purpose (a partial unique index, so parallel first requests create it once). Retired keys stay
 * published in the issuer profile, so credentials signed with them still verify. The secret is
 * NULL when it comes from the environment (ISSUER_SECRET_KEY_MULTIBASE) and is never stored.
 */
export class SigningKeys1764410700000 implements MigrationInterface {
  name = 'SigningKeys1764410700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE signing_keys (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        purpose varchar(32) NOT NULL,
        controller text NOT NULL,
        public_key_multibase text NOT NULL,
        secret_key_multibase text,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz,
        CONSTRAINT uq_signing_keys_public_key UNIQUE (public_key_multibase),
        CONSTRAINT ck_signing_keys_purpose CHECK (purpose IN ('assertion')),
        CONSTRAINT ck_signing_keys_public_key CHECK (public_key_multibase ~ '^z[1-9A-HJ-NP-Za-km-z]+$')
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_signing_keys_active_purpose ON signing_keys (purpose) WHERE retired_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE signing_keys`);
  }
}
