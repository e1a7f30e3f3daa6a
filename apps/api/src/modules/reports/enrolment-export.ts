import { escapeLiteral } from 'pg';
import { DEPARTMENT_NAMES } from '@campus/domain';
import type { ReportFilters } from '@campus/domain';
import { GENDER_LABELS, MODALITY_LABELS } from '../../common/spanish-labels';
import { STATUS_LABELS } from '../teaching/roster-files';
import { ENROLMENTS_FROM, enrolmentConditions, SqlParams, where } from './report-sql';
import type { ReportScope } from './report-sql';

/**
 * The enrolment detail export (libs/domain reports.ts): one row per enrolment the dashboard counts
 * — the same FROM and conditions as its figures (report-sql.ts) — with the person, the course, the
 * cohort, the outcome and the certificate, in Spanish words.
 */

/**
 * Parameters written into the SQL text as literals: `COPY (…) TO STDOUT` takes no bind
 * parameters. Values are quoted by pg's own `escapeLiteral` (and were validated by the DTO
 * before: uuids, enums, dates, SDG targets); arrays become a quoted array literal (`'{a,b}'`), as
 * every array here is followed by a `::text[]` cast.
 */
export class InlineSqlParams extends SqlParams {
  override add(value: unknown): string {
    if (Array.isArray(value)) {
      const items = value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`);
      return escapeLiteral(`{${items.join(',')}}`);
    }
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') throw new Error(`cannot inline ${typeof value} in a report query`);
    return escapeLiteral(value);
  }
}

/** `CASE expr WHEN 'a' THEN 'A' … ELSE expr END` from a map of codes to words. */
const labelled = (expression: string, labels: Record<string, string>): string =>
  `CASE ${expression} ${Object.entries(labels)
    .map(([code, label]) => `WHEN ${escapeLiteral(code)} THEN ${escapeLiteral(label)}`)
    .join(' ')} ELSE ${expression}::text END`;

const laPazDay = (column: string) => `to_char(${column} AT TIME ZONE 'America/La_Paz', 'YYYY-MM-DD')`;

/**
 * How a column reads in each flavour: `csv` writes text as a Spanish spreadsheet reads it in a `;`
 * file (decimal comma); `typed` keeps numbers as numbers (for the workbook).
 */
interface Column {
  header: string;
  sql: string;
  /** Numeric columns: in the CSV flavour, decimals get a comma. */
  decimal?: boolean;
  numeric?: boolean;
  /** `YYYY-MM-DD` text: a date cell in the workbook. */
  date?: boolean;
  width: number;
}

export const ENROLMENT_EXPORT_COLUMNS: Column[] = [
  { header: 'Apellidos', sql: 'u.last_names', width: 24 },
  { header: 'Nombres', sql: 'u.first_names', width: 22 },
  { header: 'Género', sql: labelled('u.gender', GENDER_LABELS), width: 16 },
  { header: 'Municipio', sql: `COALESCE(m.name, 'Sin municipio')`, width: 24 },
  { header: 'Departamento', sql: `COALESCE(${labelled('m.department', DEPARTMENT_NAMES)}, '')`, width: 14 },
  { header: 'Código del curso', sql: 'co.code', width: 14 },
  { header: 'Curso', sql: 'co.title', width: 40 },
  { header: 'Área de gestión', sql: 'a.name', width: 36 },
  { header: 'Modalidad', sql: labelled('c.modality', MODALITY_LABELS), width: 15 },
  { header: 'Gestión', sql: 'c.gestion', numeric: true, width: 9 },
  { header: 'Edición', sql: 'c.edition', numeric: true, width: 9 },
  { header: 'Paralelo', sql: 'c.parallel', width: 9 },
  { header: 'Inicio', sql: `to_char(c.starts_on, 'YYYY-MM-DD')`, date: true, width: 12 },
  { header: 'Fin', sql: `to_char(c.ends_on, 'YYYY-MM-DD')`, date: true, width: 12 },
  { header: 'Estado', sql: labelled('e.status', STATUS_LABELS), width: 16 },
  { header: 'Nota final', sql: 'e.final_score', decimal: true, numeric: true, width: 11 },
  { header: 'Fecha de conclusión', sql: `CASE WHEN e.status = 'passed' THEN ${laPazDay('e.completed_at')} END`, date: true, width: 13 },
  { header: 'Horas acreditadas', sql: `CASE WHEN e.status = 'passed' THEN co.workload_hours ELSE 0 END`, numeric: true, width: 11 },
  { header: 'N.º de certificado', sql: `CASE WHEN cert.status = 'revoked' THEN cert.serial || ' (revocado)' ELSE cert.serial END`, width: 20 },
];

export const ENROLMENT_EXPORT_HEADERS = ENROLMENT_EXPORT_COLUMNS.map((column) => column.header);

/**
 * The export's FROM: the report's enrolments, their area, and the enrolment's current certificate
 * (not superseded; the latest if it ever had two kinds), so each enrolment stays one row.
 */
const EXPORT_FROM = `${ENROLMENTS_FROM}
  JOIN competency_items a ON a.id = co.area_id
  LEFT JOIN (
    SELECT DISTINCT ON (enrolment_id) enrolment_id, serial, status FROM certificates
     WHERE enrolment_id IS NOT NULL AND status <> 'superseded'
     ORDER BY enrolment_id, issued_at DESC
  ) cert ON cert.enrolment_id = e.id`;

/** The order of the rows: by cohort (start, course, edition, parallel), then by person. */
const ORDER = `ORDER BY c.starts_on, co.code, c.edition, c.parallel, u.last_names, u.first_names, e.id`;

/**
 * The SELECT of the detail export, with every value inlined (runnable as `COPY (…) TO STDOUT`).
 * `csv` (default): every column as the CSV shows it (decimal comma); `typed`: numbers as numbers.
 * Exported for the benchmark, which compares the API's CSV with a bare COPY of this query.
 */
export const enrolmentExportSql = (filters: ReportFilters, scope: ReportScope, flavour: 'csv' | 'typed' = 'csv'): string => {
  const p = new InlineSqlParams();
  const columns = ENROLMENT_EXPORT_COLUMNS.map((column) => {
    const sql = flavour === 'csv' && column.decimal ? `replace(${column.sql}::text, '.', ',')` : column.sql;
    return `${sql} AS "${column.header}"`;
  });
  return `SELECT ${columns.join(',\n  ')}
FROM ${EXPORT_FROM}
${where(enrolmentConditions(filters, scope, p))}
${ORDER}`;
};

/** How many rows the export has (same conditions, no labels, no order). */
export const enrolmentExportCountSql = (filters: ReportFilters, scope: ReportScope): { text: string; values: unknown[] } => {
  const p = new SqlParams();
  return { text: `SELECT count(*)::int AS rows FROM ${ENROLMENTS_FROM} ${where(enrolmentConditions(filters, scope, p))}`, values: p.values };
};

/** `COPY (…) TO STDOUT` of the export: CSV with a header, `;`. */
export const enrolmentCopySql = (filters: ReportFilters, scope: ReportScope): string =>
  `COPY (${enrolmentExportSql(filters, scope)}) TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER ';')`;

/** `inscripciones-2025-01-01-a-2025-12-31.csv`: what the detail files are called. */
export const enrolmentFileName = (filters: ReportFilters, extension: 'csv' | 'xlsx'): string =>
  `inscripciones-${filters.from}-a-${filters.to}.${extension}`;
