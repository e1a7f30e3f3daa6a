import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '../../common/storage/storage.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { CompetencyProfileController } from './competency-profile.controller';
import { CompetencyProfileService } from './competency-profile.service';
import { CompletionService } from './completion.service';
import { ActivityProgress } from './entities/activity-progress.entity';
import { CompetencyRecord } from './entities/competency-record.entity';
import { QuizAttempt } from './entities/quiz-attempt.entity';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';

@Module({
  imports: [TypeOrmModule.forFeature([ActivityProgress, QuizAttempt, CompetencyRecord]), StorageModule, CertificatesModule],
  controllers: [LearningController, CompetencyProfileController],
  providers: [CompletionService, LearningService, CompetencyProfileService],
  exports: [CompletionService],
})
export class LearningModule {}
