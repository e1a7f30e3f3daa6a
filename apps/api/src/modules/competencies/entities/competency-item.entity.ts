import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CompetencyItemKind } from '@campus/domain';

/**
 * One item of the competency framework: an área de gestión, a sub-área or a competencia, by
 * `kind`. Retired items stay (courses and records keep pointing at them) but are not offered anew.
 */
@Entity({ name: 'competency_items' })
export class CompetencyItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 16 }) kind: CompetencyItemKind;
  @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => CompetencyItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CompetencyItem | null;
  @Column({ type: 'varchar', length: 300 }) name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'integer', default: 0 }) position: number;
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
