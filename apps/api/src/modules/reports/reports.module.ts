import { Module } from '@nestjs/common';
import { StorageModule } from '../../common/storage/storage.module';
import { ReportExportsController } from './report-exports.controller';
import { ReportExportsService } from './report-exports.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/**
 * Capacity-building reports (DESIGN.md, Reports): the management dashboard and its exports. The
 * figures follow the definitions in libs/domain `reports.ts`.
 */
@Module({
  imports: [StorageModule],
  controllers: [ReportsController, ReportExportsController],
  providers: [ReportsService, ReportExportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
