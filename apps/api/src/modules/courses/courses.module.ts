import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CourseActivity } from './entities/course-activity.entity';
import { CourseCompetency } from './entities/course-competency.entity';
import { CourseModule } from './entities/course-module.entity';
import { CoursePrerequisite } from './entities/course-prerequisite.entity';
import { CourseVersion } from './entities/course-version.entity';
import { Course } from './entities/course.entity';
import { QuizQuestion } from './entities/quiz-question.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Course, CourseCompetency, CoursePrerequisite, CourseVersion, CourseModule, CourseActivity, QuizQuestion]),
  ],
  controllers: [],
  providers: [],
  exports: [],
})
export class CoursesModule {}
