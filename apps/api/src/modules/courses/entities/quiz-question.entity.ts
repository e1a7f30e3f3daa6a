import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuestionKind, QuestionOption } from '@campus/domain';

/** A question of a quiz activity. Options carry their `correct` flag; short answers list accepted answers. */
@Entity({ name: 'quiz_questions' })
export class QuizQuestion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'activity_id', type: 'uuid' }) activityId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'varchar', length: 16 }) kind: QuestionKind;
  @Column({ type: 'text' }) prompt: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) options: QuestionOption[];
  @Column({ name: 'accepted_answers', type: 'text', array: true, default: () => "'{}'" }) acceptedAnswers: string[];
  @Column({ type: 'integer', default: 1 }) points: number;
  @Column({ type: 'text', nullable: true }) feedback: string | null;
}
