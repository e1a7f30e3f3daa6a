import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProposalFollowUpStatus } from '@campus/domain';

/** One record of whether an intern's improvement proposal was implemented back home (history kept, latest wins). */
@Entity({ name: 'proposal_follow_ups' })
export class ProposalFollowUp {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'placement_id', type: 'uuid' }) placementId: string;
  @Column({ type: 'varchar', length: 16 }) status: ProposalFollowUpStatus;
  @Column({ type: 'text', default: '' }) evidence: string;
  @Column({ name: 'evidence_url', type: 'text', nullable: true }) evidenceUrl: string | null;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}
