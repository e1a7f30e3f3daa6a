import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '../../common/storage/storage.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { CallsController } from './calls.controller';
import { CallsService } from './calls.service';
import { HostUnit } from './entities/host-unit.entity';
import { InternshipApplication } from './entities/internship-application.entity';
import { InternshipCall } from './entities/internship-call.entity';
import { LogbookEntry } from './entities/logbook-entry.entity';
import { EvaluationService } from './evaluation.service';
import { LogbookController } from './logbook.controller';
import { LogbookRepository } from './logbook.repository';
import { LogbookService } from './logbook.service';
import { Placement } from './entities/placement.entity';
import { ProposalFollowUp } from './entities/proposal-follow-up.entity';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';
import { InternshipReportsController } from './internship-reports.controller';
import { InternshipReportsService } from './internship-reports.service';
import { PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';

/** Municipal internships: calls, applications, placements, logbooks, evaluation and follow-up. */
@Module({
  imports: [TypeOrmModule.forFeature([InternshipCall, HostUnit, InternshipApplication, LogbookEntry, Placement, ProposalFollowUp]), CertificatesModule, StorageModule],
  controllers: [CallsController, ApplicationsController, LogbookController, PlacementsController, FollowUpsController, InternshipReportsController],
  providers: [CallsService, ApplicationsService, LogbookService, LogbookRepository, EvaluationService, PlacementsService, FollowUpsService, InternshipReportsService],
})
export class InternshipsModule {}
