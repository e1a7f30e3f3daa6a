import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EnrolmentStatus } from '@campus/domain';
import { Cohort } from '../../cohorts/entities/cohort.entity';
import { User } from '../../users/entities/user.entity';

/** numeric columns arrive as text from pg. */
const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * A person's place (or request for one) in a cohort, following the state machine of
 * libs/domain `nextEnrolmentStatus`. `queueSeq` is the arrival order, taken under the cohort's lock.
 */
@Entity({ name: 'enrolments' })
export class Enrolment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => Cohort)
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne(() => User)
  @JoinColumn({ name: 'user_id' })
  user?: User;
  @Column({ type: 'varchar', length: 16 }) status: EnrolmentStatus;
  @Column({ name: 'queue_seq', type: 'bigint', insert: false, update: false, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  queueSeq: number;
  @Column({ type: 'varchar', length: 16, default: 'request' }) source: 'request' | 'bulk';
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
  @Column({ name: 'endorsed_at', type: 'timestamptz', nullable: true }) endorsedAt: Date | null;
  @Column({ name: 'endorsed_by', type: 'uuid', nullable: true }) endorsedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  /** Why it was rejected or withdrawn by someone else. */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'enrolled_at', type: 'timestamptz', nullable: true }) enrolledAt: Date | null;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  @Column({ name: 'final_score', type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numeric }) finalScore: number | null;
  @Column({ name: 'facilitator_grade', type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numeric })
  facilitatorGrade: number | null;
  @Column({ name: 'attendance_rate', type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numeric })
  attendanceRate: number | null;
  /** Where the course player resumes. */
  @Column({ name: 'last_activity_id', type: 'uuid', nullable: true }) lastActivityId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
