import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { AttendanceStatus, EnrolmentStatus } from '@campus/domain';
import { GENDER_LABELS } from '../../common/spanish-labels';
import type { RosterCohortDto, RosterRowDto } from './dto/teaching.dto';

/** Spanish words of the exports (the files are read by people, in es-BO). */
export const STATUS_LABELS: Record<EnrolmentStatus, string> = {
  requested: 'Solicitada',
  endorsed: 'Avalada',
  enrolled: 'Inscrito/a',
  waitlisted: 'En lista de espera',
  rejected: 'Rechazada',
  in_progress: 'En curso',
  passed: 'Aprobado/a',
  failed: 'Reprobado/a',
  withdrawn: 'Retirado/a',
};

const MARK_LETTERS: Record<AttendanceStatus, string> = { present: 'P', absent: 'A', excused: 'J' };

interface Column {
  header: string;
  width: number;
  numeric?: boolean;
  value: (row: RosterRowDto) => string | number | null;
}

/** The columns of the "Participantes" sheet and of the CSV, in order. */
const COLUMNS: Column[] = [
  { header: 'Apellidos', width: 24, value: (r) => r.lastNames },
  { header: 'Nombres', width: 20, value: (r) => r.firstNames },
  { header: 'Correo', width: 30, value: (r) => r.email },
  { header: 'Municipio', width: 22, value: (r) => r.municipality ?? '' },
  { header: 'Género', width: 16, value: (r) => GENDER_LABELS[r.gender] ?? r.gender },
  { header: 'Estado', width: 18, value: (r) => STATUS_LABELS[r.status] ?? r.status },
  { header: 'Actividades obligatorias hechas', width: 14, numeric: true, value: (r) => r.requiredDone },
  { header: 'Actividades obligatorias', width: 14, numeric: true, value: (r) => r.requiredActivities },
  { header: 'Avance (%)', width: 11, numeric: true, value: (r) => r.progressPercent },
  { header: 'Nota final', width: 11, numeric: true, value: (r) => r.finalScore },
  { header: 'Nota del facilitador', width: 12, numeric: true, value: (r) => r.facilitatorGrade },
  { header: 'Asistencia (%)', width: 12, numeric: true, value: (r) => r.attendance.rate },
  { header: 'Presente', width: 10, numeric: true, value: (r) => r.attendance.present },
  { header: 'Ausente', width: 10, numeric: true, value: (r) => r.attendance.absent },
  { header: 'Justificado', width: 11, numeric: true, value: (r) => r.attendance.excused },
  { header: 'Cumple requisitos', width: 12, value: (r) => (r.completion.met ? 'Sí' : 'No') },
];

/** `participantes-GDL-2026-V1-A`: what the downloaded files are called. */
export const rosterFileName = (cohort: RosterCohortDto, extension: 'csv' | 'xlsx'): string =>
  `participantes-${cohort.courseCode}-${cohort.label.replace(/\s*·\s*/g, '-')}.${extension}`.replace(/[^A-Za-z0-9._-]/g, '_');

/** A decimal number as Spanish spreadsheets read it in a `;` CSV: 72,5. */
const csvNumber = (value: number | null): string => (value === null ? '' : String(value).replace('.', ','));

/** The roster as CSV: UTF-8 with BOM, `;`, Spanish headers, one row per enrolment; streamed. */
export const rosterCsv = (rows: readonly RosterRowDto[]): Readable => {
  const csv = stringify({ delimiter: ';', bom: true, header: true, columns: COLUMNS.map((c) => c.header), record_delimiter: '\r\n' });
  // Written as the stream is read, not joined in memory first.
  let index = 0;
  const pump = () => {
    while (index < rows.length) {
      const row = rows[index++];
      const ok = csv.write(COLUMNS.map((c) => {
        const value = c.value(row);
        return c.numeric ? csvNumber(value as number | null) : String(value ?? '');
      }));
      if (!ok) {
        csv.once('drain', pump);
        return;
      }
    }
    csv.end();
  };
  pump();
  return csv;
};

export interface AttendanceSheetData {
  sessions: { id: string; title: string; startsAt: Date }[];
  marks: Map<string, AttendanceStatus>;
}

const laPazDay = (instant: Date): string =>
  new Intl.DateTimeFormat('es-BO', { timeZone: 'America/La_Paz', day: '2-digit', month: '2-digit', year: 'numeric' }).format(instant);

/**
 * The roster as an Excel workbook, written by exceljs's streaming writer: "Participantes" (typed
 * numeric cells, frozen header) and "Asistencia" (people × sessions: P presente, A ausente,
 * J justificado).
 */
export const rosterXlsx = (cohort: RosterCohortDto, rows: readonly RosterRowDto[], attendance: AttendanceSheetData): Readable => {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Campus EGM';
  workbook.title = `${cohort.courseTitle} — ${cohort.label}`;

  const people = workbook.addWorksheet('Participantes', { views: [{ state: 'frozen', ySplit: 1 }] });
  people.columns = COLUMNS.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, ...(c.numeric ? { style: { numFmt: '0.0' } } : {}) }));
  people.getRow(1).font = { bold: true };
  for (const row of rows) people.addRow(COLUMNS.map((c) => c.value(row))).commit();
  people.commit();

  const seatHolders = rows.filter((row) => ['enrolled', 'in_progress', 'passed', 'failed'].includes(row.status));
  const sheet = workbook.addWorksheet('Asistencia', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = [
    { header: 'Participante', key: 'name', width: 32 },
    ...attendance.sessions.map((session, i) => ({ header: `${laPazDay(session.startsAt)} ${session.title}`.trim(), key: `s${i}`, width: 14 })),
    { header: 'Presente', key: 'present', width: 10 },
    { header: 'Ausente', key: 'absent', width: 10 },
    { header: 'Justificado', key: 'excused', width: 11 },
    { header: 'Asistencia (%)', key: 'rate', width: 12, style: { numFmt: '0.0' } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of seatHolders) {
    const marks = attendance.sessions.map((session) => {
      const mark = attendance.marks.get(`${session.id}|${row.enrolmentId}`);
      return mark ? MARK_LETTERS[mark] : '';
    });
    sheet.addRow([row.fullName, ...marks, row.attendance.present, row.attendance.absent, row.attendance.excused, row.attendance.rate]).commit();
  }
  sheet.commit();
  workbook.commit().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
};
