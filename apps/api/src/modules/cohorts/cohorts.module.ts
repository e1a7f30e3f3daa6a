import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortSession } from './entities/cohort-session.entity';
import { Cohort } from './entities/cohort.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Cohort, CohortSession])],
  controllers: [],
  providers: [],
  exports: [],
})
export class CohortsModule {}
