import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LogbookStatus } from '@campus/domain';

/** numeric(4,1) comes back from PostgreSQL as a string: hours are numbers in the app. */
const hoursTransformer = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * One day's entry of an intern's logbook (bitácora): date, hours, activities and what was
 * learnt. submitted → validated by the tutor, or returned with a comment (the intern edits it and
 * it is submitted again).
 */
@Entity({ name: 'logbook_entries' })
export class LogbookEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'placement_id', type: 'uuid' }) placementId: string;
  @Column({ name: 'entry_date', type: 'date' }) entryDate: string;
  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: hoursTransformer }) hours: number;
  @Column({ type: 'text' }) activities: string;
  @Column({ type: 'text', default: '' }) learnings: string;
  @Column({ type: 'varchar', length: 16, default: 'submitted' }) status: LogbookStatus;
  @Column({ name: 'tutor_comment', type: 'text', nullable: true }) tutorComment: string | null;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
