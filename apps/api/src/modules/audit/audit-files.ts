import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { AuditRow } from './audit.repository';

const LA_PAZ_OFFSET_MS = -4 * 3600_000;

/** `2026-03-02 08:30:15`: the La Paz wall-clock time of an instant, to the second. */
export const laPazDateTime = (instant: Date): string =>
  new Date(instant.getTime() + LA_PAZ_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');

const json = (value: Record<string, unknown> | null): string => (value === null ? '' : JSON.stringify(value));

/** The export's columns, in order (Spanish headers: the file is read by people, in es-BO). */
const COLUMNS: { header: string; value: (row: AuditRow) => string }[] = [
  { header: 'Fecha y hora (La Paz)', value: (r) => laPazDateTime(r.created_at) },
  { header: 'Persona', value: (r) => (r.actor_id === null ? 'Sistema' : r.email === null ? '(cuenta eliminada)' : `${r.first_names} ${r.last_names}`) },
  { header: 'Correo', value: (r) => r.email ?? '' },
  { header: 'Acción', value: (r) => r.action },
  { header: 'Tipo de registro', value: (r) => r.entity_type },
  { header: 'Id del registro', value: (r) => r.entity_id ?? '' },
  { header: 'Antes', value: (r) => json(r.before) },
  { header: 'Después', value: (r) => json(r.after) },
  { header: 'Dirección IP', value: (r) => r.ip ?? '' },
  { header: 'Id de solicitud', value: (r) => r.request_id ?? '' },
  { header: 'Id de la entrada', value: (r) => r.id },
];

export const AUDIT_CSV_HEADERS = COLUMNS.map((c) => c.header);

/** `auditoria-2026-03-02.csv` */
export const auditFileName = (today: string): string => `auditoria-${today}.csv`;

async function* records(batches: AsyncIterable<AuditRow[]>): AsyncGenerator<string[]> {
  for await (const batch of batches) {
    for (const row of batch) yield COLUMNS.map((c) => c.value(row));
  }
}

/**
 * The audit log as CSV: UTF-8 with BOM, `;`, Spanish headers, newest first. Streamed: each batch
 * is read from the database only when the client has taken the previous one.
 */
export const auditCsv = (batches: AsyncIterable<AuditRow[]>): Readable => {
  const csv = stringify({ delimiter: ';', bom: true, header: true, columns: AUDIT_CSV_HEADERS, record_delimiter: '\r\n' });
  const source = Readable.from(records(batches));
  source.on('error', (error) => csv.destroy(error));
  return source.pipe(csv);
};
