import { Entity, PrimaryColumn } from 'typeorm';

/** A course that must be passed before enrolling in another. */
@Entity({ name: 'course_prerequisites' })
export class CoursePrerequisite {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' }) courseId: string;
  @PrimaryColumn({ name: 'prerequisite_id', type: 'uuid' }) prerequisiteId: string;
}
