import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CohortStatus, Modality } from '@campus/domain';
import { Course } from '../../courses/entities/course.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A cohort: one versión/paralelo of a course in a gestión, with its dates, enrolment window,
 * places, venue and facilitators. It is pinned to the course content version it was scheduled on.
 */
@Entity({ name: 'cohorts' })
export class Cohort {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'course_id', type: 'uuid' }) courseId: string;
  @ManyToOne(() => Course)
  @JoinColumn({ name: 'course_id' })
  course?: Course;
  @Column({ name: 'course_version_id', type: 'uuid' }) courseVersionId: string;
  @Column({ type: 'smallint' }) gestion: number;
  /** Versión: the n-th offering of the course in the gestión. */
  @Column({ type: 'smallint' }) edition: number;
  /** Paralelo: parallel groups of one versión (A, B, ...). */
  @Column({ type: 'varchar', length: 8, default: 'A' }) parallel: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
  @Column({ name: 'enrolment_opens_on', type: 'date' }) enrolmentOpensOn: string;
  @Column({ name: 'enrolment_closes_on', type: 'date' }) enrolmentClosesOn: string;
  @Column({ type: 'integer' }) capacity: number;
  @Column({ type: 'varchar', length: 16 }) modality: Modality;
  @Column({ type: 'varchar', length: 200, nullable: true }) venue: string | null;
  @Column({ type: 'varchar', length: 16, default: 'scheduled' }) status: CohortStatus;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @ManyToMany(() => User)
  @JoinTable({
    name: 'cohort_facilitators',
    joinColumn: { name: 'cohort_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'user_id', referencedColumnName: 'id' },
  })
  facilitators?: User[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
