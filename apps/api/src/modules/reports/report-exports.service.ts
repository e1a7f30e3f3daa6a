import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PassThrough, Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { DEPARTMENT_NAMES, DIRECT_EXPORT_MAX_ROWS } from '@campus/domain';
import type { DashboardReport, Gender, ReportFilters } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { attachment } from '../../common/http/attachment';
import { StorageService, StoredFileMissingError } from '../../common/storage/storage.service';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import type { JobContext } from '../jobs/jobs.service';
import { GENDER_LABELS, MODALITY_LABELS } from '../../common/spanish-labels';
import { filtersOf } from './dto/report-query.dto';
import type { ReportQueryDto } from './dto/report-query.dto';
import type { ReportExportRequestDto, ReportExportResponseDto } from './dto/report-export.dto';
import {
  ENROLMENT_EXPORT_COLUMNS,
  enrolmentCopySql,
  enrolmentExportCountSql,
  enrolmentExportSql,
  enrolmentFileName,
} from './enrolment-export';
import { dashboardCsv, dashboardFileName, dashboardPdf, dashboardXlsx, periodText } from './report-files';
import type { ReportDescription } from './report-files';
import type { ReportScope } from './report-sql';
import { ReportsException, ReportsExceptionCode } from './reports.exception';
import { ReportsService } from './reports.service';

/** The background job that writes a large enrolment export to storage. */
export const ENROLMENT_EXPORT_JOB = 'reports.enrolments-export';

export type ExportFormat = 'csv' | 'xlsx';

interface ExportJobPayload {
  format: ExportFormat;
  filters: ReportFilters;
  /** The scope when it was asked for (a liaison's municipality), fixed for the job. */
  municipalityId: string | null;
}

interface ExportJobResult extends Record<string, unknown> {
  downloadPath: string;
  rows: number;
  fileName: string;
  format: ExportFormat;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv; charset=utf-8';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Progress is written once per this many rows (one UPDATE per row would slow a 150k-row job). */
const PROGRESS_BATCH = 2000;
/** Files of background exports are kept this many days, then removed (they hold personal data). */
export const EXPORT_RETENTION_DAYS = 7;
/** How often expired export files are looked for. */
const RETENTION_SWEEP_MS = 6 * 3600_000;
/** Rows fetched per round trip by the workbook's cursor. */
const CURSOR_BATCH = 1000;

/** The address of the file of a finished export job. */
export const exportFilePath = (jobId: string): string => `/api/reports/exports/${jobId}/file`;

/** The query string of a report's filters (for the direct download address). */
export const filtersQuery = (filters: ReportFilters): string =>
  new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')).toString();

/**
 * Counts the data rows of a CSV as its bytes go by: line ends outside double quotes (a quoted
 * field may hold a line break; `""` toggles twice), the header's excepted. Calls `onRows` every
 * `every` rows, waiting for it.
 */
const rowCounter = (onRows: (count: number) => Promise<void>, every: number) => {
  let inQuotes = false;
  let header = true;
  let pending = 0;
  let total = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      for (let i = 0; i < chunk.length; i += 1) {
        const byte = chunk[i];
        if (byte === 0x22) inQuotes = !inQuotes;
        else if (byte === 0x0a && !inQuotes) {
          if (header) header = false;
          else pending += 1;
        }
      }
      if (pending >= every) {
        const count = pending;
        pending = 0;
        total += count;
        onRows(count).then(() => callback(null, chunk), callback);
      } else callback(null, chunk);
    },
    flush(callback) {
      total += pending;
      const count = pending;
      pending = 0;
      onRows(count).then(() => callback(), callback);
    },
  });
  return { transform, rows: () => total };
};

/**
 * The report exports (DESIGN.md, Reports): the dashboard as CSV, XLSX and PDF, and the enrolment
 * detail as CSV (streamed straight from PostgreSQL's COPY) and XLSX (a cursor into exceljs's
 * streaming writer); large detail exports run as a background job whose file only its creator
 * downloads. Every export is recorded in the audit log, and stays within the viewer's scope
 * (`ReportsService.checkedScope`: a liaison exports their own municipality only).
 */
@Injectable()
export class ReportExportsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReportExportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly storage: StorageService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ExportJobPayload>(ENROLMENT_EXPORT_JOB, (job) => this.runExportJob(job));
  }

  private sweepTimer: NodeJS.Timeout | null = null;

  onApplicationBootstrap(): void {
    const sweep = () => {
      this.removeExpiredExports().catch((error: unknown) => this.logger.error(`export retention: ${error instanceof Error ? error.message : String(error)}`));
    };
    sweep();
    this.sweepTimer = setInterval(sweep, RETENTION_SWEEP_MS);
    this.sweepTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
  }

  /**
   * Removes the files of background exports finished more than `EXPORT_RETENTION_DAYS` ago and
   * marks their jobs expired (their download then says so). Safe to run from several instances:
   * deleting a missing file is not an error. Returns how many were removed.
   */
  async removeExpiredExports(now = new Date()): Promise<number> {
    const expired: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM background_jobs
        WHERE kind = $1 AND status = 'done' AND finished_at < $2::timestamptz - make_interval(days => $3)
          AND NOT (coalesce(result, '{}'::jsonb) ? 'expiredAt')`,
      [ENROLMENT_EXPORT_JOB, now.toISOString(), EXPORT_RETENTION_DAYS],
    );
    for (const { id } of expired) {
      await this.storage.delete(this.storageKey(id));
      await this.dataSource.query(`UPDATE background_jobs SET result = coalesce(result, '{}'::jsonb) || jsonb_build_object('expiredAt', $2::text) WHERE id = $1`, [id, now.toISOString()]);
    }
    return expired.length;
  }

  // -------------------------------------------------------------------------------------------
  // Summary of the dashboard

  async dashboardFile(query: ReportQueryDto, viewer: AuthUser, format: 'csv' | 'xlsx' | 'pdf'): Promise<StreamableFile> {
    const filters = filtersOf(query);
    const suppressed = query.suppress === true;
    const report = await this.reports.dashboard(filters, viewer, { suppress: suppressed });
    const description = await this.describe(report);
    const rows = report.breakdowns.reduce((sum, b) => sum + b.rows.length, 0) + report.heatmap.municipalities.length + report.monthly.length;
    const disposition = attachment(dashboardFileName(filters, format));
    let file: StreamableFile;
    if (format === 'csv') file = new StreamableFile(dashboardCsv(report, description), { type: CSV_TYPE, disposition });
    else if (format === 'xlsx') file = new StreamableFile(await dashboardXlsx(report, description), { type: XLSX_TYPE, disposition });
    else file = new StreamableFile(await dashboardPdf(report, description), { type: 'application/pdf', disposition });
    await this.recordExport(viewer, { report: 'dashboard', format, filters, suppressed, rows });
    return file;
  }

  /** The report's filters in words, for the files' headers: names instead of ids. */
  private async describe(report: DashboardReport): Promise<ReportDescription> {
    const { filters } = report;
    const [names]: { municipality: string | null; area: string | null; course: string | null }[] = await this.dataSource.query(
      `SELECT (SELECT name FROM municipalities WHERE id = $1) AS municipality,
              (SELECT code || ' ' || name FROM competency_items WHERE id = $2) AS area,
              (SELECT code || ' — ' || title FROM courses WHERE id = $3) AS course`,
      [filters.municipalityId ?? null, filters.areaId ?? null, filters.courseId ?? null],
    );
    const lines: ReportDescription['lines'] = [{ label: 'Periodo', value: periodText(filters) }];
    lines.push({ label: 'Alcance', value: report.scope.kind === 'municipality' ? `Solo el municipio de ${report.scope.municipalityName}` : 'Todos los municipios' });
    if (filters.department) lines.push({ label: 'Departamento', value: DEPARTMENT_NAMES[filters.department] });
    if (filters.municipalityId) lines.push({ label: 'Municipio', value: names.municipality ?? filters.municipalityId });
    if (filters.areaId) lines.push({ label: 'Área de gestión', value: names.area ?? filters.areaId });
    if (filters.modality) lines.push({ label: 'Modalidad', value: MODALITY_LABELS[filters.modality] ?? filters.modality });
    if (filters.courseId) lines.push({ label: 'Curso', value: names.course ?? filters.courseId });
    if (filters.gender) lines.push({ label: 'Género', value: GENDER_LABELS[filters.gender as Gender] ?? filters.gender });
    if (filters.sdgTarget) lines.push({ label: 'Meta ODS', value: filters.sdgTarget });
    lines.push({ label: 'Celdas pequeñas', value: report.suppressed ? 'Ocultas (<5) en el desglose por género, para publicar' : 'Sin ocultar (uso interno)' });
    return { lines };
  }

  // -------------------------------------------------------------------------------------------
  // Enrolment detail

  /** The enrolment rows as CSV, streamed from `COPY … TO STDOUT` with a BOM first. */
  async enrolmentsCsv(query: ReportQueryDto, viewer: AuthUser): Promise<StreamableFile> {
    const filters = filtersOf(query);
    const scope = await this.reports.checkedScope(filters, viewer);
    // The count (for the audit entry) runs while PostgreSQL prepares the COPY's first rows.
    const [counted, opened] = await Promise.allSettled([this.countRows(filters, scope), this.enrolmentCsvStream(filters, scope)]);
    if (opened.status === 'rejected') throw opened.reason;
    if (counted.status === 'rejected') {
      opened.value.destroy();
      throw counted.reason;
    }
    try {
      await this.recordExport(viewer, { report: 'enrolments', format: 'csv', filters, suppressed: false, rows: counted.value });
    } catch (error) {
      opened.value.destroy();
      throw error;
    }
    return new StreamableFile(opened.value, { type: CSV_TYPE, disposition: attachment(enrolmentFileName(filters, 'csv')) });
  }

  /** The enrolment rows as an Excel workbook (≤ DIRECT_EXPORT_MAX_ROWS rows; larger ones run as a job). */
  async enrolmentsXlsx(query: ReportQueryDto, viewer: AuthUser): Promise<StreamableFile> {
    const filters = filtersOf(query);
    const scope = await this.reports.checkedScope(filters, viewer);
    const rows = await this.countRows(filters, scope);
    if (rows > DIRECT_EXPORT_MAX_ROWS) {
      throw new ReportsException(
        ReportsExceptionCode.ExportTooLarge,
        `La exportación tiene ${rows} filas (más de ${DIRECT_EXPORT_MAX_ROWS}): pídala como exportación en segundo plano (POST /api/reports/exports)`,
      );
    }
    await this.recordExport(viewer, { report: 'enrolments', format: 'xlsx', filters, suppressed: false, rows });
    const { stream } = this.enrolmentsWorkbook(filters, scope);
    return new StreamableFile(stream, { type: XLSX_TYPE, disposition: attachment(enrolmentFileName(filters, 'xlsx')) });
  }

  /** A detail export: direct (a download address) up to DIRECT_EXPORT_MAX_ROWS rows, else a background job. */
  async requestExport(body: ReportExportRequestDto, viewer: AuthUser): Promise<ReportExportResponseDto> {
    const filters = filtersOf(body);
    const scope = await this.reports.checkedScope(filters, viewer);
    const rows = await this.countRows(filters, scope);
    if (rows <= DIRECT_EXPORT_MAX_ROWS) return { rows, jobId: null, downloadPath: `/api/reports/enrolments.${body.format}?${filtersQuery(filters)}` };
    const job = await this.dataSource.transaction(async (manager) => {
      const payload: ExportJobPayload = { format: body.format, filters, municipalityId: scope.municipalityId };
      const queued = await this.jobs.enqueue(manager, ENROLMENT_EXPORT_JOB, { ...payload }, viewer.id);
      await this.recordExport(viewer, { report: 'enrolments', format: body.format, filters, suppressed: false, rows, jobId: queued.id }, manager);
      return queued;
    });
    return { rows, jobId: job.id, downloadPath: null };
  }

  /** The file of a finished export job: to its creator only (anyone else: not found). */
  async exportFile(jobId: string, viewer: AuthUser): Promise<StreamableFile> {
    const [job]: { status: string; created_by: string | null; result: ExportJobResult | null; done: number; total: number }[] = await this.dataSource.query(
      `SELECT status, created_by, result, done, total FROM background_jobs WHERE id = $1 AND kind = $2`,
      [jobId, ENROLMENT_EXPORT_JOB],
    );
    if (!job || job.created_by !== viewer.id) throw new ReportsException(ReportsExceptionCode.ExportNotFound, 'Exportación no encontrada');
    if (job.status === 'failed') throw new ReportsException(ReportsExceptionCode.ExportNotReady, 'La exportación falló: vuelva a pedirla');
    if (job.result?.['expiredAt']) {
      throw new ReportsException(ReportsExceptionCode.ExportNotFound, `El archivo se borró a los ${EXPORT_RETENTION_DAYS} días de generarse: vuelva a pedir la exportación`);
    }
    if (job.status !== 'done' || !job.result) {
      const percent = job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
      throw new ReportsException(ReportsExceptionCode.ExportNotReady, `La exportación aún se está generando (${percent} %): intente de nuevo en un momento`);
    }
    try {
      const stream = await this.storage.read(this.storageKey(jobId));
      return new StreamableFile(stream, { type: job.result.format === 'xlsx' ? XLSX_TYPE : CSV_TYPE, disposition: attachment(job.result.fileName) });
    } catch (error) {
      if (error instanceof StoredFileMissingError) throw new ReportsException(ReportsExceptionCode.ExportNotFound, 'El archivo de la exportación ya no está disponible: vuelva a pedirla');
      throw error;
    }
  }

  /** Writes a large export to storage, reporting progress in batches. Idempotent: a retry rewrites the same key. */
  private async runExportJob(job: JobContext<ExportJobPayload>): Promise<ExportJobResult> {
    const { format, filters, municipalityId } = job.payload;
    const scope: ReportScope = { municipalityId };
    const total = await this.countRows(filters, scope);
    await job.setTotal(total);
    let rows: number;
    if (format === 'csv') {
      const counter = rowCounter((count) => job.advanceBy(count), PROGRESS_BATCH);
      const copy = await this.enrolmentCsvStream(filters, scope);
      copy.once('error', (error: Error) => counter.transform.destroy(error));
      await this.storage.write(this.storageKey(job.id), copy.pipe(counter.transform));
      rows = counter.rows();
    } else {
      let pending = 0;
      const workbook = this.enrolmentsWorkbook(filters, scope, async (count) => {
        pending += count;
        if (pending >= PROGRESS_BATCH) {
          await job.advanceBy(pending);
          pending = 0;
        }
      });
      await this.storage.write(this.storageKey(job.id), workbook.stream);
      await job.advanceBy(pending);
      rows = workbook.rows();
    }
    // The rows may have changed since the count: the total says what the file holds.
    if (rows !== total) await job.setTotal(rows);
    return { downloadPath: exportFilePath(job.id), rows, fileName: enrolmentFileName(filters, format), format };
  }

  private storageKey(jobId: string): string {
    return `report-exports/${jobId}`;
  }

  private async countRows(filters: ReportFilters, scope: ReportScope): Promise<number> {
    const { text, values } = enrolmentExportCountSql(filters, scope);
    const [row]: { rows: number }[] = await this.dataSource.query(text, values);
    return row.rows;
  }

  private pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  /**
   * `COPY (the export's SELECT) TO STDOUT` on a connection of the app's pool, resolved once the
   * first bytes arrived (an error before them rejects, so the client gets a problem document), as
   * a stream that starts with the BOM. The connection goes back to the pool at the end; if the
   * stream is destroyed first (the client went away), the connection is closed, which stops the
   * COPY on the server.
   */
  async enrolmentCsvStream(filters: ReportFilters, scope: ReportScope): Promise<Readable> {
    const client: PoolClient = await this.pool().connect();
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.release(error);
    };
    const copy = client.query(copyTo(enrolmentCopySql(filters, scope)));
    copy.once('end', () => release());
    copy.once('close', () => release(copy.readableEnded ? undefined : new Error('export stream closed early')));
    copy.once('error', (error: Error) => this.logger.warn(`enrolment export: ${error.message}`));
    try {
      const first = await new Promise<Buffer | null>((resolve, reject) => {
        const cleanup = () => {
          copy.off('readable', onReadable);
          copy.off('error', onError);
          copy.off('end', onEnd);
        };
        const onReadable = () => {
          const chunk = copy.read() as Buffer | null;
          if (chunk === null) return;
          cleanup();
          resolve(chunk);
        };
        const onEnd = () => {
          cleanup();
          resolve(null);
        };
        const onError = (error: Error) => {
          cleanup();
          reject(error);
        };
        copy.on('readable', onReadable);
        copy.once('error', onError);
        copy.once('end', onEnd);
      });
      // The BOM and what was read, then the rest as the reader takes it. A reader that goes away
      // destroys `output`, which destroys the COPY (and so closes its connection).
      const output = new PassThrough();
      output.write(first === null ? BOM : Buffer.concat([BOM, first]));
      copy.once('error', (error: Error) => output.destroy(error));
      output.once('close', () => {
        if (!copy.readableEnded) copy.destroy();
      });
      copy.pipe(output);
      return output;
    } catch (error) {
      copy.destroy();
      release();
      throw error;
    }
  }

  /**
   * The detail rows read through a cursor (`pg-query-stream`, CURSOR_BATCH rows per round trip)
   * into exceljs's streaming writer: sheet "Inscripciones", typed cells (numbers, dates), frozen
   * header, autofilter. Memory stays flat whatever the row count.
   */
  private enrolmentsWorkbook(filters: ReportFilters, scope: ReportScope, onRows?: (count: number) => Promise<void>): { stream: Readable; rows: () => number } {
    const output = new PassThrough();
    let written = 0;
    const run = async () => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
      workbook.creator = 'Campus EGM';
      workbook.title = `Inscripciones ${periodText(filters)}`;
      const sheet = workbook.addWorksheet('Inscripciones', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
      sheet.columns = ENROLMENT_EXPORT_COLUMNS.map((column, i) => ({
        header: column.header,
        key: `c${i}`,
        width: column.width,
        ...(column.decimal ? { style: { numFmt: '0.0' } } : column.numeric ? { style: { numFmt: '0' } } : column.date ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
      }));
      sheet.getRow(1).font = { bold: true };
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ENROLMENT_EXPORT_COLUMNS.length } };
      const client: PoolClient = await this.pool().connect();
      let failed: Error | undefined;
      try {
        const cursor = client.query(new QueryStream(enrolmentExportSql(filters, scope, 'typed'), [], { batchSize: CURSOR_BATCH, rowMode: 'array' }));
        let batch = 0;
        for await (const values of cursor as AsyncIterable<unknown[]>) {
          sheet.addRow(values.map((value, i) => typedCell(value, ENROLMENT_EXPORT_COLUMNS[i]))).commit();
          written += 1;
          batch += 1;
          if (batch === CURSOR_BATCH) {
            if (output.destroyed) throw new Error('export stream closed early');
            if (onRows) await onRows(batch);
            batch = 0;
            // Let the zip and the reader catch up before writing more: exceljs itself never waits.
            while (zipBacklog(sheet) > ZIP_BACKLOG_MAX || output.writableNeedDrain) await new Promise((resolve) => setTimeout(resolve, 1));
          }
        }
        if (onRows && batch > 0) await onRows(batch);
      } catch (error) {
        failed = error instanceof Error ? error : new Error(String(error));
        throw failed;
      } finally {
        client.release(failed);
      }
      sheet.commit();
      await workbook.commit();
    };
    run().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
    return { stream: output, rows: () => written };
  }

  private async recordExport(
    actor: AuthUser,
    after: { report: 'dashboard' | 'enrolments'; format: string; filters: ReportFilters; suppressed: boolean; rows: number; jobId?: string },
    manager?: Parameters<AuditService['record']>[1],
  ): Promise<void> {
    await this.audit.record({ actorId: actor.id, action: 'report.export', entityType: 'report', entityId: after.jobId ?? null, after }, manager);
  }
}

/**
 * Bytes exceljs's worksheet has handed to the zip that the zip has not compressed yet. exceljs
 * writes without regard for backpressure, so a fast cursor would pile the whole sheet up in
 * memory; the export waits while this is over ZIP_BACKLOG_MAX. Reads exceljs internals
 * defensively (0 when they are not there).
 */
const zipBacklog = (sheet: unknown): number => {
  type State = { length?: number } | undefined;
  const pipe = (sheet as { stream?: { pipes?: { _writableState?: State; _readableState?: State }[] } }).stream?.pipes?.[0];
  return (pipe?._writableState?.length ?? 0) + (pipe?._readableState?.length ?? 0);
};
const ZIP_BACKLOG_MAX = 1 << 20;

/** A value of the typed query as a workbook cell: numbers as numbers, dates as dates. */
const typedCell = (value: unknown, column: { numeric?: boolean; date?: boolean }): string | number | Date | null => {
  if (value === null || value === undefined) return null;
  if (column.numeric) return typeof value === 'number' ? value : Number(value);
  if (column.date && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return String(value);
};
