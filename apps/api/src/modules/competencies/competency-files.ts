import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { competencyCsvRows, mapCompetencyHeaders, parseCasePackage, validateCompetencyRow } from '@campus/domain';
import type { CompetencyCsvField, FailedRefs, FrameworkItem, FrameworkRecord, ImportError } from '@campus/domain';

/** The RFC 4122 namespace for URLs: CASE identifiers are named after the campus's URIs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based UUID (version 5, SHA-1): the same name always gives the same identifier. */
export const uuidV5 = (name: string, namespace = URL_NAMESPACE): string => {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export interface ParsedFile {
  records: FrameworkRecord[];
  errors: ImportError[];
  failed: FailedRefs;
}

const fileError = (message: string, line = 1): ParsedFile => ({
  records: [],
  errors: [{ line, field: 'archivo', message }],
  failed: { codes: new Set(), identifiers: new Set() },
});

/** UTF-8 text without its byte-order mark, or null when the bytes are not UTF-8. */
const decodeUtf8 = (buffer: Buffer): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
};

/** Picks `;` or `,`: whichever splits the header line into more cells. */
const detectDelimiter = (text: string): ';' | ',' => {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.split(';').length > header.split(',').length ? ';' : ',';
};

/** The line a record starts on (a quoted description may span several lines). */
const startLine = (info: { lines: number }, raw: string): number => {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return info.lines - (body.match(/\n/g)?.length ?? 0);
};

/** Reads a framework CSV (UTF-8 with or without BOM, `;` or `,`) into records; row-level checks only. */
export const parseFrameworkCsv = (buffer: Buffer): ParsedFile => {
  const decoded = decodeUtf8(buffer);
  if (decoded === null) return fileError('El archivo no está en UTF-8: guárdelo como «CSV UTF-8»');
  // One kind of line break (descriptions are stored with \n), so line numbers count right.
  const text = decoded.replace(/\r\n?/g, '\n');
  let rows: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    rows = parse(text, { delimiter: detectDelimiter(text), skip_empty_lines: true, relax_column_count: true, info: true, raw: true }) as unknown as typeof rows;
  } catch (error) {
    return fileError(`No se pudo leer el CSV: ${(error as Error).message}`, (error as { lines?: number }).lines ?? 1);
  }
  if (rows.length === 0) return fileError('El archivo está vacío');
  const [header, ...data] = rows;
  const { fields, errors } = mapCompetencyHeaders(header.record);
  if (errors.length > 0) return { records: [], errors, failed: { codes: new Set(), identifiers: new Set() } };
  if (data.length === 0) return fileError('No hay filas de datos', 2);
  const hasRetiredColumn = fields.includes('retiredOn');
  const records: FrameworkRecord[] = [];
  const rowErrors: ImportError[] = [];
  const failed = { codes: new Set<string>(), identifiers: new Set<string>() };
  for (const { record: cells, info, raw } of data) {
    const line = startLine(info, raw);
    const mapped: Partial<Record<CompetencyCsvField, string>> = {};
    fields.forEach((field, column) => {
      if (field) mapped[field] = cells[column];
    });
    if (cells.length !== header.record.length) {
      rowErrors.push({ line, field: 'fila', message: `Tiene ${cells.length} columnas; se esperaban ${header.record.length}` });
      if (mapped.code?.trim()) failed.codes.add(mapped.code.trim());
      continue;
    }
    const result = validateCompetencyRow(mapped, line, hasRetiredColumn);
    if (result.record) records.push(result.record);
    else if (mapped.code?.trim()) failed.codes.add(mapped.code.trim());
    rowErrors.push(...result.errors);
  }
  return { records, errors: rowErrors, failed };
};

/** Reads a CASE 1.0 package (JSON, UTF-8) into records. */
export const parseFrameworkCase = (buffer: Buffer): ParsedFile => {
  const text = decodeUtf8(buffer);
  if (text === null) return fileError('El archivo no está en UTF-8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fileError(`No es un JSON válido: ${(error as Error).message}`);
  }
  const { records, errors, failed } = parseCasePackage(json);
  return { records, errors, failed };
};

/** The framework as CSV: UTF-8 with BOM (spreadsheets then read the accents), `;`, CRLF. */
export const frameworkCsv = (items: readonly FrameworkItem[]): string =>
  stringify(competencyCsvRows(items), { delimiter: ';', bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
