import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CourseCertificateKind, CourseStatus, Modality } from '@campus/domain';
import { CompetencyItem } from '../../competencies/entities/competency-item.entity';

/** A course of the catalogue. Its content lives in versions (CourseVersion); cohorts schedule it. */
@Entity({ name: 'courses' })
export class Course {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text', default: '' }) summary: string;
  /** Markdown: objectives, audience, methodology. */
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ name: 'area_id', type: 'uuid' }) areaId: string;
  @ManyToOne(() => CompetencyItem)
  @JoinColumn({ name: 'area_id' })
  area?: CompetencyItem;
  @Column({ name: 'sub_area_id', type: 'uuid', nullable: true }) subAreaId: string | null;
  @ManyToOne(() => CompetencyItem)
  @JoinColumn({ name: 'sub_area_id' })
  subArea?: CompetencyItem | null;
  @Column({ type: 'varchar', length: 16 }) modality: Modality;
  @Column({ name: 'workload_hours', type: 'integer' }) workloadHours: number;
  @Column({ name: 'passing_score', type: 'integer', default: 70 }) passingScore: number;
  @Column({ name: 'min_attendance', type: 'integer', default: 80 }) minAttendance: number;
  @Column({ name: 'certificate_kind', type: 'varchar', length: 16, default: 'approval' }) certificateKind: CourseCertificateKind;
  @Column({ name: 'sdg_targets', type: 'text', array: true, default: () => "'{}'" }) sdgTargets: string[];
  /** Whether a request needs the municipal liaison's endorsement before a coordinator decides. */
  @Column({ name: 'requires_endorsement', type: 'boolean', default: true }) requiresEndorsement: boolean;
  /** A coordinator approves each request; without it, requests are admitted in arrival order (after any endorsement). */
  @Column({ name: 'requires_approval', type: 'boolean', default: true }) requiresApproval: boolean;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status: CourseStatus;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  /** Extra searchable text kept by the service: area, sub-area and competency names. */
  @Column({ name: 'search_document', type: 'text', default: '', select: false }) searchDocument: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
