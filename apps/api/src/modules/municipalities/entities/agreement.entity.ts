import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Municipality } from './municipality.entity';

/** A cooperation agreement (convenio) between the EGM/GAMLP and a municipality. */
@Entity({ name: 'agreements' })
export class Agreement {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text', nullable: true }) scope: string | null;
  /** Dates are calendar dates (yyyy-mm-dd strings), not instants. */
  @Column({ name: 'signed_on', type: 'date' }) signedOn: string;
  @Column({ name: 'valid_from', type: 'date' }) validFrom: string;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
