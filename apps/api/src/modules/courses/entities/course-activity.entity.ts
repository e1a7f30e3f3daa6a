import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ActivityKind } from '@campus/domain';

/**
 * An ordered activity of a module: a page (markdown, sanitised when shown), a video link, a file
 * (in storage under `fileKey`) or a quiz (QuizQuestion rows, attempt limit, passing score).
 */
@Entity({ name: 'course_activities' })
export class CourseActivity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'module_id', type: 'uuid' }) moduleId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'varchar', length: 16 }) kind: ActivityKind;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'boolean', default: true }) required: boolean;
  /** Markdown: the page itself, or the instructions of a video, file or quiz. */
  @Column({ type: 'text', default: '' }) body: string;
  @Column({ name: 'video_url', type: 'text', nullable: true }) videoUrl: string | null;
  @Column({ name: 'file_key', type: 'text', nullable: true }) fileKey: string | null;
  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true }) fileName: string | null;
  @Column({ name: 'file_type', type: 'varchar', length: 128, nullable: true }) fileType: string | null;
  @Column({ name: 'file_size', type: 'integer', nullable: true }) fileSize: number | null;
  /** Quizzes: attempts allowed (null: unlimited) and the score that passes (0–100). */
  @Column({ name: 'max_attempts', type: 'integer', nullable: true }) maxAttempts: number | null;
  @Column({ name: 'passing_score', type: 'integer', nullable: true }) passingScore: number | null;
  @Column({ name: 'estimated_minutes', type: 'integer', nullable: true }) estimatedMinutes: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
