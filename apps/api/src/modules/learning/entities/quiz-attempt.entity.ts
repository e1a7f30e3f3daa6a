import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (value: number) => value, from: (value: string) => Number(value) };

/** One answer given to a quiz question, as the participant sent it. */
export interface StoredAnswer {
  questionId: string;
  optionIds?: string[];
  text?: string;
  value?: boolean;
}

/**
 * A submitted quiz attempt. Its id is made by the client, so a retried submission is recognised
 * and answered with the stored result instead of consuming another attempt.
 */
@Entity({ name: 'quiz_attempts' })
export class QuizAttempt {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'enrolment_id', type: 'uuid' }) enrolmentId: string;
  @Column({ name: 'activity_id', type: 'uuid' }) activityId: string;
  /** 1, 2, … per enrolment and activity. */
  @Column({ type: 'integer' }) number: number;
  @Column({ type: 'jsonb' }) answers: StoredAnswer[];
  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: numeric }) score: number;
  @Column({ type: 'boolean' }) passed: boolean;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
}
