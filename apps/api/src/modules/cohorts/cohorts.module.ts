import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Course } from '../courses/entities/course.entity';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { LearningModule } from '../learning/learning.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { CohortsController } from './cohorts.controller';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';
import { CohortSession } from './entities/cohort-session.entity';
import { Cohort } from './entities/cohort.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Cohort, CohortSession, Course]), LearningModule, EnrolmentsModule],
  controllers: [CohortsController, CalendarController],
  providers: [CohortsService, CalendarService, CohortsRepository],
  exports: [CohortsService],
})
export class CohortsModule {}
