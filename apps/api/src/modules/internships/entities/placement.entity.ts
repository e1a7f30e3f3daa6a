import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlacementStatus } from '@campus/domain';

/** An applicant placed in a host unit of a call: tutor, dates, work plan, final report and evaluation. */
@Entity({ name: 'placements' })
export class Placement {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'host_unit_id', type: 'uuid' }) hostUnitId: string;
  @Column({ name: 'tutor_id', type: 'uuid', nullable: true }) tutorId: string | null;
  @Column({ type: 'varchar', length: 20, default: 'proposed' }) status: PlacementStatus;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
  @Column({ name: 'work_plan', type: 'text', default: '' }) workPlan: string;
  @Column({ name: 'work_plan_agreed_at', type: 'timestamptz', nullable: true }) workPlanAgreedAt: Date | null;
  @Column({ name: 'final_report', type: 'text', nullable: true }) finalReport: string | null;
  @Column({ name: 'improvement_proposal', type: 'text', nullable: true }) improvementProposal: string | null;
  @Column({ name: 'report_submitted_at', type: 'timestamptz', nullable: true }) reportSubmittedAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) evaluation: Record<string, unknown> | null;
  /** numeric(5,1): read as a string by the driver. */
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true }) score: string | null;
  @Column({ name: 'evaluated_by', type: 'uuid', nullable: true }) evaluatedBy: string | null;
  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true }) evaluatedAt: Date | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true }) confirmedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
