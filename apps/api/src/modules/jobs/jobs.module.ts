import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BackgroundJob } from './entities/background-job.entity';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/** Global: any feature queues background work and reports its progress through JobsService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([BackgroundJob])],
  controllers: [JobsController],
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
