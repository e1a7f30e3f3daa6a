import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificateKind, CertificateSnapshot, CertificateStatus } from '@campus/domain';
import { User } from '../../users/entities/user.entity';

/**
 * An issued certificate: serial `EGM-<year>-<000123>` (gapless per year, from
 * `certificate_serials`), an unguessable verification code, and the immutable snapshot of what was
 * certified. States: valid, revoked (with reason), superseded (reissued; points to the new one).
 */
@Entity({ name: 'certificates' })
export class Certificate {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 16 }) serial: string;
  @Column({ type: 'smallint' }) year: number;
  @Column({ type: 'integer' }) number: number;
  @Column({ name: 'verification_code', type: 'char', length: 12 }) verificationCode: string;
  @Column({ type: 'varchar', length: 16 }) kind: CertificateKind;
  @Column({ type: 'varchar', length: 16, default: 'valid' }) status: CertificateStatus;
  @Column({ name: 'holder_id', type: 'uuid' }) holderId: string;
  @ManyToOne(() => User)
  @JoinColumn({ name: 'holder_id' })
  holder?: User;
  @Column({ name: 'enrolment_id', type: 'uuid', nullable: true }) enrolmentId: string | null;
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true }) cohortId: string | null;
  @Column({ name: 'course_id', type: 'uuid', nullable: true }) courseId: string | null;
  /** Internship certificates: the placement certified (one current per placement and kind). */
  @Column({ name: 'placement_id', type: 'uuid', nullable: true }) placementId: string | null;
  @Column({ type: 'integer' }) hours: number;
  @Column({ type: 'jsonb' }) snapshot: CertificateSnapshot;
  /** Position in the revocation status list (BitstringStatusList of the Open Badges credentials). */
  @Column({ name: 'status_index', type: 'integer', insert: false, update: false }) statusIndex: number;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt: Date;
  @Column({ name: 'issued_by', type: 'uuid', nullable: true }) issuedBy: string | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true }) revokedBy: string | null;
  @Column({ name: 'revocation_reason', type: 'text', nullable: true }) revocationReason: string | null;
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true }) supersedesId: string | null;
  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true }) supersededById: string | null;
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true }) supersededAt: Date | null;
  /** What the reissue corrected (e.g. a misspelt name). */
  @Column({ name: 'correction_note', type: 'text', nullable: true }) correctionNote: string | null;
}
