import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Department, MunicipalityKind } from '@campus/domain';

@Entity({ name: 'municipalities' })
@Unique('uq_municipalities_code', ['code'])
export class Municipality {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** INE code for Bolivian municipalities (e.g. 020101); a short code for foreign partner cities. */
  @Column({ type: 'varchar', length: 16 }) code: string;
  @Column({ type: 'varchar', length: 160 }) name: string;
  @Column({ type: 'char', length: 2, nullable: true }) department: Department | null;
  @Column({ type: 'varchar', length: 24 }) kind: MunicipalityKind;
  @Column({ type: 'char', length: 2, default: 'BO' }) country: string;
  @Column({ name: 'is_partner', type: 'boolean', default: false }) isPartner: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
