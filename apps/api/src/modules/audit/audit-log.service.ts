import { Injectable, StreamableFile } from '@nestjs/common';
import { addDays, isCalendarDate, laPazInstant, laPazToday } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { FieldError } from '../../common/errors/domain.exception';
import { attachment } from '../../common/http/attachment';
import { auditCsv, auditFileName } from './audit-files';
import { AuditException, AuditExceptionCode as Code } from './audit.exception';
import { AuditRepository } from './audit.repository';
import type { AuditCriteria, AuditCursor, AuditRow } from './audit.repository';
import { AuditService } from './audit.service';
import { filtersOf } from './dto/audit.dto';
import type { AuditEntryDto, AuditFilterDto, AuditPageDto, AuditQueryDto } from './dto/audit.dto';

/** Rows read per round trip while exporting. */
const EXPORT_BATCH = 1000;

const toEntryDto = (row: AuditRow): AuditEntryDto => ({
  id: row.id,
  at: row.created_at.toISOString(),
  actor: row.actor_id === null
    ? null
    : { id: row.actor_id, name: row.email === null ? null : `${row.first_names} ${row.last_names}`, email: row.email },
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  before: row.before,
  after: row.after,
  ip: row.ip,
  requestId: row.request_id,
});

/**
 * The admins' view of the audit log (who did what to which record, before and after): filtered,
 * paged, newest first, and exported as CSV, the export itself being recorded.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: AuditQueryDto): Promise<AuditPageDto> {
    const criteria = this.criteria(query);
    const [rows, total] = await Promise.all([this.repository.page(criteria, query.page, query.pageSize), this.repository.count(criteria)]);
    return { items: rows.map(toEntryDto), total, page: query.page, pageSize: query.pageSize };
  }

  actions(): Promise<string[]> {
    return this.repository.actions();
  }

  entityTypes(): Promise<string[]> {
    return this.repository.entityTypes();
  }

  /**
   * The filtered log as CSV. The file holds the entries up to the moment of the request (the
   * export's own entry, written just before, is not in it); the entry records the filters and how
   * many rows the file has.
   */
  async csv(filters: AuditFilterDto, actor: AuthUser): Promise<StreamableFile> {
    const criteria = { ...this.criteria(filters), until: await this.repository.now() };
    const rows = await this.repository.count(criteria);
    await this.audit.record({ actorId: actor.id, action: 'audit.export', entityType: 'audit_log', after: { format: 'csv', filters: filtersOf(filters), rows } });
    return new StreamableFile(auditCsv(this.batches(criteria)), {
      type: 'text/csv; charset=utf-8',
      disposition: attachment(auditFileName(laPazToday())),
    });
  }

  private async *batches(criteria: AuditCriteria): AsyncGenerator<AuditRow[]> {
    let cursor: AuditCursor | null = null;
    for (;;) {
      const batch = await this.repository.batch(criteria, cursor, EXPORT_BATCH);
      if (batch.length > 0) yield batch;
      if (batch.length < EXPORT_BATCH) return;
      const last = batch[batch.length - 1];
      cursor = { createdKey: last.created_key, id: last.id };
    }
  }

  /** The filters as the database applies them: La Paz days to instants, `enrolment.` to a prefix. */
  private criteria(filters: AuditFilterDto): AuditCriteria {
    const errors: FieldError[] = [];
    if (filters.from && !isCalendarDate(filters.from)) errors.push({ field: 'from', message: 'No es una fecha del calendario' });
    if (filters.to && !isCalendarDate(filters.to)) errors.push({ field: 'to', message: 'No es una fecha del calendario' });
    if (errors.length === 0 && filters.from && filters.to && filters.to < filters.from) {
      errors.push({ field: 'to', message: 'Debe ser igual o posterior a la fecha «desde»' });
    }
    if (errors.length > 0) throw new AuditException(Code.InvalidFilter, 'Revise los filtros marcados', errors);
    const prefix = filters.action?.endsWith('.') ? filters.action : undefined;
    return {
      since: filters.from ? laPazInstant(filters.from) : undefined,
      before: filters.to ? laPazInstant(addDays(filters.to, 1)) : undefined,
      actorId: filters.actorId,
      actorSearch: filters.actor,
      action: prefix ? undefined : filters.action,
      actionPrefix: prefix,
      entityType: filters.entityType,
      entityId: filters.entityId,
      requestId: filters.requestId,
    };
  }
}
