import type { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Options } from 'csv-stringify';

/**
 * Records as a CSV stream the way spreadsheet programs here read it: UTF-8 with BOM, `;`, CRLF
 * (plus any other csv-stringify options, e.g. a header), written as the reader drains it.
 */
export const csvOfRecords = (records: readonly unknown[][], options: Options = {}): Readable => {
  const csv = stringify({ delimiter: ';', bom: true, record_delimiter: '\r\n', ...options });
  let index = 0;
  const pump = () => {
    while (index < records.length) {
      if (!csv.write(records[index++])) {
        csv.once('drain', pump);
        return;
      }
    }
    csv.end();
  };
  pump();
  return csv;
};
