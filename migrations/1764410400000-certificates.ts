import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates: a gapless counter per year (locked while a serial is taken, so a rolled-back issue
 * leaves no hole), and the certificates with their immutable snapshot, verification code, state
 * (valid, revoked, superseded) and their index in the revocation status list.
 */
export class Certificates1764410400000 implements MigrationInterface {
  name = 'Certificates1764410400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE certificate_serials (
        year smallint PRIMARY KEY,
        last_number integer NOT NULL DEFAULT 0,
        CONSTRAINT ck_certificate_serials_number CHECK (last_number BETWEEN 0 AND 999999)
      )`);
    await queryRunner.query(`CREATE SEQUENCE certificate_status_index_seq MINVALUE 0 START 0`);
    await queryRunner.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        serial varchar(16) NOT NULL,
        year smallint NOT NULL,
        number integer NOT NULL,
        verification_code char(12) NOT NULL,
        kind varchar(16) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'valid',
        holder_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        enrolment_id uuid REFERENCES enrolments(id) ON DELETE RESTRICT,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE RESTRICT,
        course_id uuid REFERENCES courses(id) ON DELETE RESTRICT,
        hours integer NOT NULL,
        snapshot jsonb NOT NULL,
        status_index integer NOT NULL DEFAULT nextval('certificate_status_index_seq'),
        issued_at timestamptz NOT NULL DEFAULT now(),
        issued_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revocation_reason text,
        supersedes_id uuid REFERENCES certificates(id) ON DELETE RESTRICT,
        superseded_by_id uuid REFERENCES certificates(id) ON DELETE RESTRICT,
        superseded_at timestamptz,
        correction_note text,
        CONSTRAINT uq_certificates_serial UNIQUE (serial),
        CONSTRAINT uq_certificates_year_number UNIQUE (year, number),
        CONSTRAINT uq_certificates_verification_code UNIQUE (verification_code),
        CONSTRAINT uq_certificates_status_index UNIQUE (status_index),
        CONSTRAINT ck_certificates_kind CHECK (kind IN ('approval', 'participation', 'internship')),
        CONSTRAINT ck_certificates_status CHECK (status IN ('valid', 'revoked', 'superseded')),
        CONSTRAINT ck_certificates_hours CHECK (hours >= 0),
        CONSTRAINT ck_certificates_revoked CHECK ((status = 'revoked') = (revoked_at IS NOT NULL AND revocation_reason IS NOT NULL)),
        CONSTRAINT ck_certificates_superseded CHECK ((status = 'superseded') = (superseded_by_id IS NOT NULL))
      )`);
    await queryRunner.query(`ALTER SEQUENCE certificate_status_index_seq OWNED BY certificates.status_index`);
    // One current certificate per enrolment and kind: retries and parallel batches issue it once.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_certificates_enrolment_kind ON certificates (enrolment_id, kind) WHERE enrolment_id IS NOT NULL AND status <> 'superseded'`,
    );
    await queryRunner.query(`CREATE INDEX ix_certificates_holder ON certificates (holder_id, issued_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_certificates_cohort ON certificates (cohort_id) WHERE cohort_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE certificates`);
    await queryRunner.query(`DROP TABLE certificate_serials`);
  }
}
