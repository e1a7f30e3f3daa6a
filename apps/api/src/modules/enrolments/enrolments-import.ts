import { parse } from 'csv-parse/sync';
import { mapCsvHeaders } from '@campus/domain';
import type { CsvColumn, ImportError } from '@campus/domain';
import { detectDelimiter } from '../users/users-import';

type EnrolmentCsvField = 'email' | 'nationalId' | 'firstNames' | 'lastNames';

/**
 * Columns of a bulk-enrolment file: each line names a person by email (`correo`) or cédula (`ci`);
 * name columns may come along from an HR sheet and are ignored.
 */
export const ENROLMENT_CSV_COLUMNS: readonly CsvColumn<EnrolmentCsvField>[] = [
  { field: 'email', header: 'correo', aliases: ['email', 'correo electronico', 'correo electrónico'], required: false },
  { field: 'nationalId', header: 'ci', aliases: ['cedula', 'cédula', 'national_id'], required: false },
  { field: 'firstNames', header: 'nombres', aliases: ['first_names', 'firstnames', 'nombre'], required: false },
  { field: 'lastNames', header: 'apellidos', aliases: ['last_names', 'lastnames'], required: false },
];

/** One data line: the person by email, else by cédula number (and complement, `1234567-1B`). */
export interface EnrolmentCsvLine {
  line: number;
  email: string | null;
  nationalIdNumber: string | null;
  nationalIdComplement: string | null;
}

export interface ParsedEnrolmentCsv {
  lines: EnrolmentCsvLine[];
  errors: ImportError[];
}

const fileError = (line: number, message: string): ParsedEnrolmentCsv => ({ lines: [], errors: [{ line, field: 'archivo', message }] });

/** Parses a bulk-enrolment CSV (UTF-8 with or without BOM, `;` or `,`). Pure: finding the people is the service's job. */
export const parseEnrolmentCsv = (buffer: Buffer): ParsedEnrolmentCsv => {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) return fileError(1, 'El archivo no está en UTF-8');
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return fileError((error as { lines?: number }).lines ?? 1, `No se pudo leer el CSV: ${(error as Error).message}`);
  }
  if (records.length === 0) return fileError(1, 'El archivo está vacío');
  const [header, ...data] = records;
  const { fields, errors } = mapCsvHeaders(ENROLMENT_CSV_COLUMNS, header);
  if (errors.length > 0) return { lines: [], errors };
  if (!fields.includes('email') && !fields.includes('nationalId')) {
    return { lines: [], errors: [{ line: 1, field: 'correo', message: 'Falta una columna «correo» o «ci» que identifique a cada persona' }] };
  }
  if (data.length === 0) return fileError(2, 'No hay filas de datos');
  const lines: EnrolmentCsvLine[] = [];
  const lineErrors: ImportError[] = [];
  data.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== header.length) {
      lineErrors.push({ line, field: 'fila', message: `Tiene ${cells.length} columnas; se esperaban ${header.length}` });
      return;
    }
    const cell = (field: EnrolmentCsvField) => {
      const column = fields.indexOf(field);
      return column < 0 ? '' : (cells[column] ?? '').trim();
    };
    const email = cell('email').toLowerCase();
    const [number, complement] = cell('nationalId').toUpperCase().split('-', 2).map((part) => part.trim());
    if (!email && !number) {
      lineErrors.push({ line, field: fields.includes('email') ? 'correo' : 'ci', message: 'Indique el correo o el CI de la persona' });
      return;
    }
    lines.push({ line, email: email || null, nationalIdNumber: email ? null : number || null, nationalIdComplement: email ? null : complement || null });
  });
  return { lines, errors: lineErrors };
};
