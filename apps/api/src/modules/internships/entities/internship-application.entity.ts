import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ApplicationStatus, EndorsementStatus } from '@campus/domain';

/** One person's application to a call; its ranked preferences live in application_preferences. */
@Entity({ name: 'internship_applications' })
export class InternshipApplication {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'call_id', type: 'uuid' }) callId: string;
  @Column({ name: 'applicant_id', type: 'uuid' }) applicantId: string;
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true }) municipalityId: string | null;
  @Column({ type: 'text' }) motivation: string;
  @Column({ type: 'varchar', length: 16, default: 'submitted' }) status: ApplicationStatus;
  @Column({ type: 'varchar', length: 16, default: 'pending' }) endorsement: EndorsementStatus;
  @Column({ name: 'endorsed_by', type: 'uuid', nullable: true }) endorsedBy: string | null;
  @Column({ name: 'endorsed_at', type: 'timestamptz', nullable: true }) endorsedAt: Date | null;
  @Column({ name: 'endorsement_note', type: 'text', nullable: true }) endorsementNote: string | null;
  @Column({ name: 'letter_file_key', type: 'text', nullable: true }) letterFileKey: string | null;
  @Column({ name: 'letter_file_name', type: 'varchar', length: 255, nullable: true }) letterFileName: string | null;
  @Column({ name: 'letter_file_size', type: 'integer', nullable: true }) letterFileSize: number | null;
  @Column({ type: 'integer', default: 0 }) priority: number;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
