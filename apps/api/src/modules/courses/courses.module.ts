import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '../../common/storage/storage.module';
import { CourseContentController } from './course-content.controller';
import { CourseContentService } from './course-content.service';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
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
    StorageModule,
  ],
  controllers: [CoursesController, CourseContentController],
  providers: [CoursesService, CourseContentService],
  exports: [CoursesService, CourseContentService],
})
export class CoursesModule {}
