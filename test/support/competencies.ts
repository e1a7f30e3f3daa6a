import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TestContext } from './test-app';

/** A code prefix no other test (or the default framework, `A01`…) uses: `T3F9A1C`. */
export const uniqueAreaCode = (): string => `T${randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase()}`;

/** A framework CSV (`;`, LF) from rows of cells; the header comes first. */
export const frameworkCsv = (rows: string[][]): string => `${rows.map((cells) => cells.join(';')).join('\n')}\n`;

export const CSV_HEADER = ['tipo', 'codigo', 'codigo_padre', 'nombre', 'descripcion', 'orden', 'retirado_el'];

/** Uploads a framework file to POST /api/competencies/import. */
export const uploadFramework = (
  ctx: TestContext,
  token: string,
  content: string | Buffer,
  query: Record<string, string> = { format: 'csv' },
  fileName = query['format'] === 'case' ? 'marco.case.json' : 'marco.csv',
) =>
  ctx
    .http()
    .post('/api/competencies/import')
    .query(query)
    .set('Authorization', `Bearer ${token}`)
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), {
      filename: fileName,
      contentType: fileName.endsWith('.json') ? 'application/json' : 'text/csv',
    });

export interface StoredItem {
  kind: string;
  code: string;
  parent_code: string | null;
  name: string;
  description: string | null;
  position: number;
  retired: boolean;
}

/** The stored items whose code starts with `prefix`, by code, with their parent's code. */
export const itemsWithPrefix = async (db: DataSource, prefix: string): Promise<StoredItem[]> =>
  db.query(
    `SELECT i.kind, i.code, p.code AS parent_code, i.name, i.description, i.position, i.retired_at IS NOT NULL AS retired
       FROM competency_items i LEFT JOIN competency_items p ON p.id = i.parent_id
      WHERE i.code LIKE $1 ORDER BY i.code`,
    [`${prefix}%`],
  );

/**
 * Every stored column of the items whose code matches one of the LIKE patterns, to compare before
 * and after a refused request (other test files add items of their own meanwhile).
 */
export const frameworkSnapshot = async (db: DataSource, patterns: string[]): Promise<string> =>
  JSON.stringify(await db.query(`SELECT * FROM competency_items WHERE code LIKE ANY($1) ORDER BY id`, [patterns]));
