import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrolment workflow and learning: the enrolment's decisions and waitlist order, activity
 * progress and quiz attempts (idempotent by the client's attempt id), attendance per session,
 * competency records (evidence), in-app notifications and the email outbox.
 */
export class Learning1764324000000 implements MigrationInterface {
  name = 'Learning1764324000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE courses ADD COLUMN requires_approval boolean NOT NULL DEFAULT true`);

    // Arrival order: taken under the cohort's lock, so the waitlist is first come, first served.
    await queryRunner.query(`CREATE SEQUENCE enrolment_queue_seq`);
    await queryRunner.query(`
      ALTER TABLE enrolments
        ADD COLUMN queue_seq bigint NOT NULL DEFAULT nextval('enrolment_queue_seq'),
        ADD COLUMN source varchar(16) NOT NULL DEFAULT 'request',
        ADD COLUMN requested_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN endorsed_at timestamptz,
        ADD COLUMN endorsed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN reason text,
        ADD COLUMN enrolled_at timestamptz,
        ADD COLUMN started_at timestamptz,
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN final_score numeric(5,1),
        ADD COLUMN facilitator_grade numeric(5,1),
        ADD COLUMN attendance_rate numeric(5,1),
        ADD COLUMN last_activity_id uuid REFERENCES course_activities(id) ON DELETE SET NULL,
        ADD CONSTRAINT ck_enrolments_source CHECK (source IN ('request', 'bulk')),
        ADD CONSTRAINT ck_enrolments_facilitator_grade CHECK (facilitator_grade IS NULL OR facilitator_grade BETWEEN 0 AND 100)`);
    await queryRunner.query(`ALTER SEQUENCE enrolment_queue_seq OWNED BY enrolments.queue_seq`);
    await queryRunner.query(`CREATE INDEX ix_enrolments_queue ON enrolments (cohort_id, queue_seq) WHERE status = 'waitlisted'`);

    await queryRunner.query(`
      CREATE TABLE activity_progress (
        enrolment_id uuid NOT NULL REFERENCES enrolments(id) ON DELETE CASCADE,
        activity_id uuid NOT NULL REFERENCES course_activities(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL DEFAULT 'in_progress',
        best_score numeric(5,1),
        attempts integer NOT NULL DEFAULT 0,
        time_spent_seconds integer NOT NULL DEFAULT 0,
        position jsonb,
        started_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, activity_id),
        CONSTRAINT ck_activity_progress_status CHECK (status IN ('not_started', 'in_progress', 'completed', 'failed')),
        CONSTRAINT ck_activity_progress_score CHECK (best_score IS NULL OR best_score BETWEEN 0 AND 100),
        CONSTRAINT ck_activity_progress_time CHECK (time_spent_seconds >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX ix_activity_progress_activity ON activity_progress (activity_id)`);

    await queryRunner.query(`
      CREATE TABLE quiz_attempts (
        id uuid PRIMARY KEY,
        enrolment_id uuid NOT NULL REFERENCES enrolments(id) ON DELETE CASCADE,
        activity_id uuid NOT NULL REFERENCES course_activities(id) ON DELETE CASCADE,
        number integer NOT NULL,
        answers jsonb NOT NULL,
        score numeric(5,1) NOT NULL,
        passed boolean NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_quiz_attempts_number UNIQUE (enrolment_id, activity_id, number),
        CONSTRAINT ck_quiz_attempts_score CHECK (score BETWEEN 0 AND 100)
      )`);

    await queryRunner.query(`
      CREATE TABLE attendance (
        session_id uuid NOT NULL REFERENCES cohort_sessions(id) ON DELETE CASCADE,
        enrolment_id uuid NOT NULL REFERENCES enrolments(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL,
        note varchar(300),
        marked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, enrolment_id),
        CONSTRAINT ck_attendance_status CHECK (status IN ('present', 'absent', 'excused'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_attendance_enrolment ON attendance (enrolment_id)`);

    await queryRunner.query(`
      CREATE TABLE competency_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        competency_id uuid NOT NULL REFERENCES competency_items(id) ON DELETE RESTRICT,
        level smallint NOT NULL,
        source varchar(16) NOT NULL,
        enrolment_id uuid REFERENCES enrolments(id) ON DELETE SET NULL,
        note text,
        evidence_url text,
        awarded_on date NOT NULL DEFAULT CURRENT_DATE,
        awarded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_competency_records_level CHECK (level BETWEEN 1 AND 3),
        CONSTRAINT ck_competency_records_source CHECK (source IN ('course', 'internship', 'manual')),
        CONSTRAINT ck_competency_records_manual_note CHECK (source <> 'manual' OR note IS NOT NULL)
      )`);
    // One record per competency and enrolment: passing twice (a retried evaluation) adds nothing.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_competency_records_enrolment ON competency_records (enrolment_id, competency_id) WHERE enrolment_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_competency_records_user ON competency_records (user_id, competency_id)`);

    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(48) NOT NULL,
        title varchar(300) NOT NULL,
        body text NOT NULL DEFAULT '',
        link varchar(300),
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_notifications_user ON notifications (user_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_notifications_unread ON notifications (user_id) WHERE read_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid REFERENCES notifications(id) ON DELETE SET NULL,
        to_address varchar(254) NOT NULL,
        subject varchar(300) NOT NULL,
        body_text text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT ck_email_outbox_status CHECK (status IN ('pending', 'sent', 'failed'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_email_outbox_pending ON email_outbox (created_at) WHERE status = 'pending'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['email_outbox', 'notifications', 'competency_records', 'attendance', 'quiz_attempts', 'activity_progress']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP INDEX ix_enrolments_queue`);
    await queryRunner.query(`
      ALTER TABLE enrolments
        DROP COLUMN queue_seq, DROP COLUMN source, DROP COLUMN requested_at, DROP COLUMN endorsed_at, DROP COLUMN endorsed_by,
        DROP COLUMN decided_at, DROP COLUMN decided_by, DROP COLUMN reason, DROP COLUMN enrolled_at, DROP COLUMN started_at,
        DROP COLUMN completed_at, DROP COLUMN withdrawn_at, DROP COLUMN final_score, DROP COLUMN facilitator_grade,
        DROP COLUMN attendance_rate, DROP COLUMN last_activity_id`);
    await queryRunner.query(`ALTER TABLE courses DROP COLUMN requires_approval`);
  }
}
