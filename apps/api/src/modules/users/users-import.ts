import { parse } from 'csv-parse/sync';
import { mapOfficialHeaders, validateOfficialRow } from '@campus/domain';
import type { ImportError, OfficialCsvField, OfficialRow } from '@campus/domain';

export interface ParsedImport {
  rows: { line: number; row: OfficialRow }[];
  errors: ImportError[];
  dataRows: number;
  /** The municipality code of every data row, valid or not, so unknown codes are reported too. */
  municipalityCodes: { line: number; code: string }[];
}

/** Picks `;` or `,`: whichever splits the header line into more cells. */
export const detectDelimiter = (text: string): ';' | ',' => {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.split(';').length > header.split(',').length ? ';' : ',';
};

/**
 * Parses and validates an officials CSV (UTF-8 with or without BOM, `;` or `,`). Pure: checks that
 * need the database (existing emails, municipality codes) are the service's job.
 */
export const parseOfficialsCsv = (buffer: Buffer): ParsedImport => {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) {
    return { rows: [], dataRows: 0, municipalityCodes: [], errors: [{ line: 1, field: 'archivo', message: 'El archivo no está en UTF-8' }] };
  }
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], dataRows: 0, municipalityCodes: [], errors: [{ line, field: 'archivo', message: `No se pudo leer el CSV: ${(error as Error).message}` }] };
  }
  if (records.length === 0) {
    return { rows: [], dataRows: 0, municipalityCodes: [], errors: [{ line: 1, field: 'archivo', message: 'El archivo está vacío' }] };
  }
  const [header, ...data] = records;
  const { fields, errors } = mapOfficialHeaders(header);
  if (errors.length > 0) return { rows: [], dataRows: data.length, municipalityCodes: [], errors };
  if (data.length === 0) {
    return { rows: [], dataRows: 0, municipalityCodes: [], errors: [{ line: 2, field: 'archivo', message: 'No hay filas de datos' }] };
  }
  const rows: ParsedImport['rows'] = [];
  const rowErrors: ImportError[] = [];
  const municipalityCodes: ParsedImport['municipalityCodes'] = [];
  data.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== header.length) {
      rowErrors.push({ line, field: 'fila', message: `Tiene ${cells.length} columnas; se esperaban ${header.length}` });
      return;
    }
    const mapped: Partial<Record<OfficialCsvField, string>> = {};
    fields.forEach((field, column) => {
      if (field) mapped[field] = cells[column];
    });
    const code = (mapped.municipalityCode ?? '').trim();
    if (code) municipalityCodes.push({ line, code });
    const result = validateOfficialRow(mapped, line);
    if (result.row) rows.push({ line, row: result.row });
    rowErrors.push(...result.errors);
  });
  return { rows, errors: rowErrors, dataRows: data.length, municipalityCodes };
};
