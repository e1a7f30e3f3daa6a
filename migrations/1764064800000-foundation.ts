import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, roles, municipalities, agreements (convenios), refresh tokens and the audit log. */
export class Foundation1764064800000 implements MigrationInterface {
  name = 'Foundation1764064800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE municipalities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(16) NOT NULL,
        name varchar(160) NOT NULL,
        department char(2),
        kind varchar(24) NOT NULL,
        country char(2) NOT NULL DEFAULT 'BO',
        is_partner boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_municipalities_code UNIQUE (code),
        CONSTRAINT ck_municipalities_kind CHECK (kind IN ('urban', 'rural', 'indigenous_autonomy')),
        CONSTRAINT ck_municipalities_department CHECK (
          department IS NULL OR department IN ('LP','CB','SC','OR','PT','CH','TJ','BE','PD')),
        CONSTRAINT ck_municipalities_bolivian_department CHECK (country <> 'BO' OR department IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        scope text,
        signed_on date NOT NULL,
        valid_from date NOT NULL,
        valid_until date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_agreements_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )`);
    await queryRunner.query(`CREATE INDEX ix_agreements_municipality ON agreements (municipality_id)`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        password_hash varchar(255) NOT NULL,
        first_names varchar(120) NOT NULL,
        last_names varchar(120) NOT NULL,
        national_id_number varchar(10) NOT NULL,
        national_id_complement varchar(2),
        national_id_issued_in char(2) NOT NULL,
        gender varchar(12) NOT NULL,
        municipality_id uuid REFERENCES municipalities(id),
        org_unit varchar(160),
        position varchar(160),
        phone varchar(32),
        roles text[] NOT NULL DEFAULT ARRAY['participant'],
        active boolean NOT NULL DEFAULT true,
        locale varchar(2) NOT NULL DEFAULT 'es',
        failed_login_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_users_email UNIQUE (email),
        CONSTRAINT ck_users_email_lower CHECK (email = lower(email)),
        CONSTRAINT ck_users_gender CHECK (gender IN ('female', 'male', 'other', 'undisclosed')),
        CONSTRAINT ck_users_roles CHECK (roles <@ ARRAY['participant','municipal_liaison','facilitator','tutor','coordinator','manager','admin']::text[]),
        CONSTRAINT ck_users_locale CHECK (locale IN ('es', 'en'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_users_national_id ON users (national_id_number, coalesce(national_id_complement, ''))`,
    );
    await queryRunner.query(`CREATE INDEX ix_users_municipality ON users (municipality_id)`);
    await queryRunner.query(`CREATE INDEX ix_users_roles ON users USING gin (roles)`);
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by uuid,
        user_agent varchar(255),
        ip varchar(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_refresh_tokens_token_hash UNIQUE (token_hash)
      )`);
    await queryRunner.query(`CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id)`);
    await queryRunner.query(`CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id)`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action varchar(64) NOT NULL,
        entity_type varchar(64) NOT NULL,
        entity_id varchar(64),
        before jsonb,
        after jsonb,
        ip varchar(64),
        request_id varchar(64),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_log_created ON audit_log (created_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE refresh_tokens`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE agreements`);
    await queryRunner.query(`DROP TABLE municipalities`);
  }
}
