import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const COMPETENCY_RECORD_SOURCES = ['course', 'internship', 'manual'] as const;
export type CompetencyRecordSource = (typeof COMPETENCY_RECORD_SOURCES)[number];

/**
 * Evidence that a person holds a competency at a level: a passed course (one per enrolment and
 * competency), an internship, or a coordinator's manual recognition (with a note). The competency
 * profile is derived from these rows: the highest level wins.
 */
@Entity({ name: 'competency_records' })
export class CompetencyRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'competency_id', type: 'uuid' }) competencyId: string;
  @Column({ type: 'smallint' }) level: number;
  @Column({ type: 'varchar', length: 16 }) source: CompetencyRecordSource;
  @Column({ name: 'enrolment_id', type: 'uuid', nullable: true }) enrolmentId: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'evidence_url', type: 'text', nullable: true }) evidenceUrl: string | null;
  @Column({ name: 'awarded_on', type: 'date' }) awardedOn: string;
  @Column({ name: 'awarded_by', type: 'uuid', nullable: true }) awardedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
