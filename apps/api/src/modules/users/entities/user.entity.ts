import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Department, Gender, Role } from '@campus/domain';
import { Municipality } from '../../municipalities/entities/municipality.entity';

@Entity({ name: 'users' })
@Unique('uq_users_email', ['email'])
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Always stored lower-case. */
  @Column({ type: 'varchar', length: 254 }) email: string;
  @Column({ name: 'password_hash', type: 'varchar', length: 255, select: false }) passwordHash: string;
  @Column({ name: 'first_names', type: 'varchar', length: 120 }) firstNames: string;
  @Column({ name: 'last_names', type: 'varchar', length: 120 }) lastNames: string;
  @Column({ name: 'national_id_number', type: 'varchar', length: 10 }) nationalIdNumber: string;
  @Column({ name: 'national_id_complement', type: 'varchar', length: 2, nullable: true }) nationalIdComplement: string | null;
  @Column({ name: 'national_id_issued_in', type: 'char', length: 2 }) nationalIdIssuedIn: Department;
  @Column({ type: 'varchar', length: 12 }) gender: Gender;
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true }) municipalityId: string | null;
  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality | null;
  @Column({ name: 'org_unit', type: 'varchar', length: 160, nullable: true }) orgUnit: string | null;
  @Column({ type: 'varchar', length: 160, nullable: true }) position: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) phone: string | null;
  @Column({ type: 'text', array: true, default: () => "ARRAY['participant']" }) roles: Role[];
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** No usable password yet (imported officials): derived by the database from password_hash. */
  @Column({ name: 'pending_activation', type: 'boolean', insert: false, update: false }) pendingActivation: boolean;
  @Column({ type: 'varchar', length: 2, default: 'es' }) locale: 'es' | 'en';
  @Column({ name: 'failed_login_count', type: 'integer', default: 0 }) failedLoginCount: number;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true }) lastLoginAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
