import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogService } from './audit-log.service';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditEntry } from './entities/audit-entry.entity';

/** Writes the audit log for every feature (AuditService, global) and shows it to admins. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditController],
  providers: [AuditService, AuditLogService, AuditRepository],
  exports: [AuditService],
})
export class AuditModule {}
