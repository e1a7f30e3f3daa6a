import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The competency framework, courses with versioned content (modules, activities, quiz questions),
 * cohorts with facilitators and dated sessions, and the seats they hold (enrolments; the
 * enrolment workflow extends this table later).
 *
 * Spanish full-text search: the `campus_es` configuration strips accents (unaccent) before the
 * Spanish stemmer, so "gestion de riesgo" finds "Gestión de Riesgos".
 */
export class Catalogue1764237600000 implements MigrationInterface {
  name = 'Catalogue1764237600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION campus_es (COPY = pg_catalog.spanish)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION campus_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem`,
    );

    await queryRunner.query(`
      CREATE TABLE competency_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(16) NOT NULL,
        code varchar(32) NOT NULL,
        parent_id uuid REFERENCES competency_items(id) ON DELETE RESTRICT,
        name varchar(300) NOT NULL,
        description text,
        position integer NOT NULL DEFAULT 0,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_competency_items_code UNIQUE (code),
        CONSTRAINT ck_competency_items_kind CHECK (kind IN ('area', 'sub_area', 'competency')),
        CONSTRAINT ck_competency_items_parent CHECK ((kind = 'area') = (parent_id IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ix_competency_items_parent ON competency_items (parent_id, position)`);

    await queryRunner.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(32) NOT NULL,
        title varchar(200) NOT NULL,
        summary text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        area_id uuid NOT NULL REFERENCES competency_items(id) ON DELETE RESTRICT,
        sub_area_id uuid REFERENCES competency_items(id) ON DELETE RESTRICT,
        modality varchar(16) NOT NULL,
        workload_hours integer NOT NULL,
        passing_score integer NOT NULL DEFAULT 70,
        min_attendance integer NOT NULL DEFAULT 80,
        certificate_kind varchar(16) NOT NULL DEFAULT 'approval',
        sdg_targets text[] NOT NULL DEFAULT '{}',
        requires_endorsement boolean NOT NULL DEFAULT true,
        status varchar(16) NOT NULL DEFAULT 'draft',
        published_at timestamptz,
        archived_at timestamptz,
        search_document text NOT NULL DEFAULT '',
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('campus_es'::regconfig, code || ' ' || title), 'A')
          || setweight(to_tsvector('campus_es'::regconfig, summary), 'B')
          || setweight(to_tsvector('campus_es'::regconfig, description || ' ' || search_document), 'C')
        ) STORED,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_courses_code UNIQUE (code),
        CONSTRAINT ck_courses_modality CHECK (modality IN ('in_person', 'online', 'blended')),
        CONSTRAINT ck_courses_workload_hours CHECK (workload_hours BETWEEN 1 AND 2000),
        CONSTRAINT ck_courses_passing_score CHECK (passing_score BETWEEN 0 AND 100),
        CONSTRAINT ck_courses_min_attendance CHECK (min_attendance BETWEEN 0 AND 100),
        CONSTRAINT ck_courses_certificate_kind CHECK (certificate_kind IN ('approval', 'participation')),
        CONSTRAINT ck_courses_status CHECK (status IN ('draft', 'published', 'archived'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_courses_search ON courses USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX ix_courses_sdg_targets ON courses USING gin (sdg_targets)`);
    await queryRunner.query(`CREATE INDEX ix_courses_area ON courses (area_id, sub_area_id)`);

    await queryRunner.query(`
      CREATE TABLE course_competencies (
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        competency_id uuid NOT NULL REFERENCES competency_items(id) ON DELETE RESTRICT,
        level smallint NOT NULL,
        PRIMARY KEY (course_id, competency_id),
        CONSTRAINT ck_course_competencies_level CHECK (level BETWEEN 1 AND 3)
      )`);
    await queryRunner.query(`CREATE INDEX ix_course_competencies_competency ON course_competencies (competency_id)`);
    await queryRunner.query(`
      CREATE TABLE course_prerequisites (
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        prerequisite_id uuid NOT NULL REFERENCES courses(id) ON DELETE RESTRICT,
        PRIMARY KEY (course_id, prerequisite_id),
        CONSTRAINT ck_course_prerequisites_self CHECK (course_id <> prerequisite_id)
      )`);

    // Content is versioned: a version becomes read-only once a cohort uses it; edits then go to a new version.
    await queryRunner.query(`
      CREATE TABLE course_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        number integer NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_course_versions_number UNIQUE (course_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE course_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES course_versions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title varchar(200) NOT NULL,
        summary text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_course_modules_position UNIQUE (version_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await queryRunner.query(`
      CREATE TABLE course_activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES course_modules(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind varchar(16) NOT NULL,
        title varchar(200) NOT NULL,
        required boolean NOT NULL DEFAULT true,
        body text NOT NULL DEFAULT '',
        video_url text,
        file_key text,
        file_name varchar(255),
        file_type varchar(128),
        file_size integer,
        max_attempts integer,
        passing_score integer,
        estimated_minutes integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_course_activities_position UNIQUE (module_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT ck_course_activities_kind CHECK (kind IN ('page', 'video', 'file', 'quiz')),
        CONSTRAINT ck_course_activities_max_attempts CHECK (max_attempts IS NULL OR max_attempts >= 1),
        CONSTRAINT ck_course_activities_passing_score CHECK (passing_score IS NULL OR passing_score BETWEEN 0 AND 100)
      )`);
    await queryRunner.query(`
      CREATE TABLE quiz_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES course_activities(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind varchar(16) NOT NULL,
        prompt text NOT NULL,
        options jsonb NOT NULL DEFAULT '[]',
        accepted_answers text[] NOT NULL DEFAULT '{}',
        points integer NOT NULL DEFAULT 1,
        feedback text,
        CONSTRAINT uq_quiz_questions_position UNIQUE (activity_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT ck_quiz_questions_kind CHECK (kind IN ('single_choice', 'multiple_choice', 'true_false', 'short_answer')),
        CONSTRAINT ck_quiz_questions_points CHECK (points BETWEEN 1 AND 100)
      )`);

    await queryRunner.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE RESTRICT,
        course_version_id uuid NOT NULL REFERENCES course_versions(id) ON DELETE RESTRICT,
        gestion smallint NOT NULL,
        edition smallint NOT NULL,
        parallel varchar(8) NOT NULL DEFAULT 'A',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        enrolment_opens_on date NOT NULL,
        enrolment_closes_on date NOT NULL,
        capacity integer NOT NULL,
        modality varchar(16) NOT NULL,
        venue varchar(200),
        status varchar(16) NOT NULL DEFAULT 'scheduled',
        notes text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_cohorts_edition UNIQUE (course_id, gestion, edition, parallel),
        CONSTRAINT ck_cohorts_gestion CHECK (gestion BETWEEN 2000 AND 2100),
        CONSTRAINT ck_cohorts_edition CHECK (edition >= 1),
        CONSTRAINT ck_cohorts_dates CHECK (ends_on >= starts_on),
        CONSTRAINT ck_cohorts_enrolment_window CHECK (enrolment_closes_on >= enrolment_opens_on),
        CONSTRAINT ck_cohorts_capacity CHECK (capacity BETWEEN 1 AND 10000),
        CONSTRAINT ck_cohorts_modality CHECK (modality IN ('in_person', 'online', 'blended')),
        CONSTRAINT ck_cohorts_status CHECK (status IN ('scheduled', 'cancelled', 'closed'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_cohorts_course ON cohorts (course_id, starts_on)`);
    await queryRunner.query(`CREATE INDEX ix_cohorts_window ON cohorts (enrolment_closes_on, enrolment_opens_on) WHERE status = 'scheduled'`);
    await queryRunner.query(`
      CREATE TABLE cohort_facilitators (
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        PRIMARY KEY (cohort_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_cohort_facilitators_user ON cohort_facilitators (user_id)`);
    await queryRunner.query(`
      CREATE TABLE cohort_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        title varchar(200) NOT NULL DEFAULT '',
        venue varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_cohort_sessions_times CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX ix_cohort_sessions_cohort ON cohort_sessions (cohort_id, starts_at)`);
    await queryRunner.query(`CREATE INDEX ix_cohort_sessions_time ON cohort_sessions (starts_at, ends_at)`);

    await queryRunner.query(`
      CREATE TABLE enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        status varchar(16) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_enrolments_cohort_user UNIQUE (cohort_id, user_id),
        CONSTRAINT ck_enrolments_status CHECK (status IN
          ('requested', 'endorsed', 'enrolled', 'waitlisted', 'rejected', 'in_progress', 'passed', 'failed', 'withdrawn'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_enrolments_user ON enrolments (user_id)`);
    await queryRunner.query(`CREATE INDEX ix_enrolments_cohort_status ON enrolments (cohort_id, status)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'enrolments',
      'cohort_sessions',
      'cohort_facilitators',
      'cohorts',
      'quiz_questions',
      'course_activities',
      'course_modules',
      'course_versions',
      'course_prerequisites',
      'course_competencies',
      'courses',
      'competency_items',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION campus_es`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
