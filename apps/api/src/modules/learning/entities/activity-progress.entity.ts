import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProgressStatus } from '@campus/domain';

/** numeric columns arrive as text from pg. */
const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * A person's progress in one activity of their cohort's content: only ever moves forward (see the
 * upsert in LearningService.saveProgress), so retried or late writes change nothing they should not.
 */
@Entity({ name: 'activity_progress' })
export class ActivityProgress {
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId: string;
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' }) activityId: string;
  @Column({ type: 'varchar', length: 16, default: 'in_progress' }) status: ProgressStatus;
  @Column({ name: 'best_score', type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numeric }) bestScore: number | null;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ name: 'time_spent_seconds', type: 'integer', default: 0 }) timeSpentSeconds: number;
  /** Where the person was inside the activity (e.g. a video's second), as the client sent it. */
  @Column({ type: 'jsonb', nullable: true }) position: Record<string, unknown> | null;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
