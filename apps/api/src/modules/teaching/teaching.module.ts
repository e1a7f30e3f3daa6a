import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { RosterController } from './roster.controller';
import { RosterService } from './roster.service';
import { TeachingController } from './teaching.controller';
import { TeachingRepository } from './teaching.repository';
import { TeachingService } from './teaching.service';

/** The facilitator's side: "Mis cohortes", attendance per session, rosters with exports, grades. */
@Module({
  imports: [LearningModule],
  controllers: [TeachingController, AttendanceController, RosterController],
  providers: [TeachingService, AttendanceService, RosterService, TeachingRepository],
})
export class TeachingModule {}
