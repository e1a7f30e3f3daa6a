import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Municipal internships: calls (convocatorias) with host units (places, dates, competencies,
 * tutors), applications with ranked preferences and the home municipality's endorsement,
 * placements with work plan, logbook, final report, evaluation and certificate, and the
 * follow-up of the improvement proposal back home.
 */
export class Internships1764496800000 implements MigrationInterface {
  name = 'Internships1764496800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE internship_calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gestion smallint NOT NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        requirements text NOT NULL DEFAULT '',
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'draft',
        published_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_internship_calls_gestion CHECK (gestion BETWEEN 2000 AND 2100),
        CONSTRAINT ck_internship_calls_window CHECK (closes_on >= opens_on),
        CONSTRAINT ck_internship_calls_status CHECK (status IN ('draft', 'published', 'closed'))
      )`);
    await queryRunner.query(`
      CREATE TABLE host_units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES internship_calls(id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        places integer NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_host_units_name UNIQUE (call_id, name),
        CONSTRAINT ck_host_units_places CHECK (places BETWEEN 1 AND 100),
        CONSTRAINT ck_host_units_dates CHECK (ends_on >= starts_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE host_unit_competencies (
        host_unit_id uuid NOT NULL REFERENCES host_units(id) ON DELETE CASCADE,
        competency_id uuid NOT NULL REFERENCES competency_items(id) ON DELETE RESTRICT,
        level smallint NOT NULL,
        PRIMARY KEY (host_unit_id, competency_id),
        CONSTRAINT ck_host_unit_competencies_level CHECK (level BETWEEN 1 AND 3)
      )`);
    await queryRunner.query(`
      CREATE TABLE host_unit_tutors (
        host_unit_id uuid NOT NULL REFERENCES host_units(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        PRIMARY KEY (host_unit_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_host_unit_tutors_user ON host_unit_tutors (user_id)`);

    await queryRunner.query(`
      CREATE TABLE internship_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES internship_calls(id) ON DELETE RESTRICT,
        applicant_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        municipality_id uuid REFERENCES municipalities(id) ON DELETE SET NULL,
        motivation text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'submitted',
        endorsement varchar(16) NOT NULL DEFAULT 'pending',
        endorsed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        endorsed_at timestamptz,
        endorsement_note text,
        letter_file_key text,
        letter_file_name varchar(255),
        letter_file_size integer,
        priority integer NOT NULL DEFAULT 0,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_internship_applications_applicant UNIQUE (call_id, applicant_id),
        CONSTRAINT ck_internship_applications_status CHECK (status IN ('submitted', 'placed', 'not_placed', 'withdrawn')),
        CONSTRAINT ck_internship_applications_endorsement CHECK (endorsement IN ('pending', 'endorsed', 'letter', 'declined'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_internship_applications_municipality ON internship_applications (municipality_id)`);
    await queryRunner.query(`
      CREATE TABLE application_preferences (
        application_id uuid NOT NULL REFERENCES internship_applications(id) ON DELETE CASCADE,
        rank smallint NOT NULL,
        host_unit_id uuid NOT NULL REFERENCES host_units(id) ON DELETE RESTRICT,
        PRIMARY KEY (application_id, rank),
        CONSTRAINT uq_application_preferences_unit UNIQUE (application_id, host_unit_id),
        CONSTRAINT ck_application_preferences_rank CHECK (rank BETWEEN 1 AND 3)
      )`);

    await queryRunner.query(`
      CREATE TABLE placements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES internship_applications(id) ON DELETE RESTRICT,
        host_unit_id uuid NOT NULL REFERENCES host_units(id) ON DELETE RESTRICT,
        tutor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        status varchar(20) NOT NULL DEFAULT 'proposed',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        work_plan text NOT NULL DEFAULT '',
        work_plan_agreed_at timestamptz,
        final_report text,
        improvement_proposal text,
        report_submitted_at timestamptz,
        evaluation jsonb,
        score numeric(5,1),
        evaluated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        evaluated_at timestamptz,
        confirmed_at timestamptz,
        confirmed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_placements_application UNIQUE (application_id),
        CONSTRAINT ck_placements_status CHECK (status IN ('proposed', 'confirmed', 'in_progress', 'report_submitted', 'approved', 'not_approved', 'withdrawn')),
        CONSTRAINT ck_placements_dates CHECK (ends_on >= starts_on),
        CONSTRAINT ck_placements_score CHECK (score IS NULL OR score BETWEEN 0 AND 100)
      )`);
    await queryRunner.query(`CREATE INDEX ix_placements_unit ON placements (host_unit_id)`);
    await queryRunner.query(`CREATE INDEX ix_placements_tutor ON placements (tutor_id)`);
    await queryRunner.query(`
      CREATE TABLE logbook_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES placements(id) ON DELETE CASCADE,
        entry_date date NOT NULL,
        hours numeric(4,1) NOT NULL,
        activities text NOT NULL,
        learnings text NOT NULL DEFAULT '',
        status varchar(16) NOT NULL DEFAULT 'submitted',
        tutor_comment text,
        reviewed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_logbook_entries_hours CHECK (hours > 0 AND hours <= 24),
        CONSTRAINT ck_logbook_entries_status CHECK (status IN ('submitted', 'validated', 'returned'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_logbook_entries_placement ON logbook_entries (placement_id, entry_date)`);
    await queryRunner.query(`
      CREATE TABLE proposal_follow_ups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES placements(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL,
        evidence text NOT NULL DEFAULT '',
        evidence_url text,
        recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_proposal_follow_ups_status CHECK (status IN ('not_started', 'in_progress', 'implemented'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_proposal_follow_ups_placement ON proposal_follow_ups (placement_id, recorded_at DESC)`);

    // Internship certificates belong to a placement, one current per placement and kind.
    await queryRunner.query(`ALTER TABLE certificates ADD COLUMN placement_id uuid REFERENCES placements(id) ON DELETE RESTRICT`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_certificates_placement_kind ON certificates (placement_id, kind) WHERE placement_id IS NOT NULL AND status <> 'superseded'`,
    );
    await queryRunner.query(`ALTER TABLE competency_records ADD COLUMN placement_id uuid REFERENCES placements(id) ON DELETE SET NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_competency_records_placement ON competency_records (placement_id, competency_id) WHERE placement_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX uq_competency_records_placement`);
    await queryRunner.query(`ALTER TABLE competency_records DROP COLUMN placement_id`);
    await queryRunner.query(`DROP INDEX uq_certificates_placement_kind`);
    await queryRunner.query(`ALTER TABLE certificates DROP COLUMN placement_id`);
    for (const table of ['proposal_follow_ups', 'logbook_entries', 'placements', 'application_preferences', 'internship_applications', 'host_unit_tutors', 'host_unit_competencies', 'host_units', 'internship_calls']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
