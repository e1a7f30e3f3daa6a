import { Module } from '@nestjs/common';
import { ReportsService } from './reports.service';

/**
 * Capacity-building reports (DESIGN.md, Reports): the management dashboard and its exports. The
 * figures follow the definitions in libs/domain `reports.ts`.
 */
@Module({
  imports: [],
  controllers: [],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
