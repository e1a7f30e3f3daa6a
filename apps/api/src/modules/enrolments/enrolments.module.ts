import { Module } from '@nestjs/common';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsService } from './enrolments.service';

/** The enrolment workflow. Exports the service so cohorts can hand new places to the waitlist. */
@Module({
  controllers: [EnrolmentsController],
  providers: [EnrolmentsService, EnrolmentsRepository],
  exports: [EnrolmentsService],
})
export class EnrolmentsModule {}
