import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ProficiencyLevel } from '@campus/domain';
import { CompetencyItem } from '../../competencies/entities/competency-item.entity';

/** A competency a course grants, at a proficiency level, to those who pass it. */
@Entity({ name: 'course_competencies' })
export class CourseCompetency {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' }) courseId: string;
  @PrimaryColumn({ name: 'competency_id', type: 'uuid' }) competencyId: string;
  @ManyToOne(() => CompetencyItem)
  @JoinColumn({ name: 'competency_id' })
  competency?: CompetencyItem;
  @Column({ type: 'smallint' }) level: ProficiencyLevel;
}
