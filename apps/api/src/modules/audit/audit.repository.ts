import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsPattern, startsWithPattern } from '../../common/database/like';

/** The audit log filters as the database applies them (instants already resolved from La Paz dates). */
export interface AuditCriteria {
  /** Inclusive lower bound (ISO instant). */
  since?: string;
  /** Exclusive upper bound (ISO instant). */
  before?: string;
  /** Inclusive upper bound (timestamptz text): the export's snapshot. */
  until?: string;
  actorId?: string;
  actorSearch?: string;
  action?: string;
  actionPrefix?: string;
  entityType?: string;
  entityId?: string;
  requestId?: string;
}

export interface AuditRow {
  id: string;
  created_at: Date;
  /** `created_at` as text, microseconds kept: the key of the export's batches. */
  created_key: string;
  actor_id: string | null;
  first_names: string | null;
  last_names: string | null;
  email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  request_id: string | null;
}

/** Keyset position of the export: the last row of the previous batch (newest first). */
export interface AuditCursor {
  createdKey: string;
  id: string;
}

const SELECT = `
  SELECT a.id, a.created_at, a.created_at::text AS created_key, a.actor_id, u.first_names, u.last_names, u.email,
         a.action, a.entity_type, a.entity_id, a.before, a.after, a.ip, a.request_id
    FROM audit_log a
    LEFT JOIN users u ON u.id = a.actor_id`;

/** WHERE clause and parameters of the criteria; `params` is extended in place. */
const whereOf = (criteria: AuditCriteria, params: unknown[]): string => {
  const conditions: string[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (criteria.since) add((p) => `a.created_at >= ${p}::timestamptz`, criteria.since);
  if (criteria.before) add((p) => `a.created_at < ${p}::timestamptz`, criteria.before);
  if (criteria.until) add((p) => `a.created_at <= ${p}::timestamptz`, criteria.until);
  if (criteria.actorId) add((p) => `a.actor_id = ${p}::uuid`, criteria.actorId);
  if (criteria.actorSearch) {
    add((p) => `(lower(u.first_names || ' ' || u.last_names) LIKE ${p} OR lower(u.last_names || ' ' || u.first_names) LIKE ${p} OR u.email LIKE ${p})`, containsPattern(criteria.actorSearch));
  }
  if (criteria.action) add((p) => `a.action = ${p}`, criteria.action);
  if (criteria.actionPrefix) add((p) => `a.action LIKE ${p}`, startsWithPattern(criteria.actionPrefix));
  if (criteria.entityType) add((p) => `a.entity_type = ${p}`, criteria.entityType);
  if (criteria.entityId) add((p) => `a.entity_id = ${p}`, criteria.entityId);
  if (criteria.requestId) add((p) => `a.request_id = ${p}`, criteria.requestId);
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
};

/** Reads of the audit log: a page, a count, the export's batches, the distinct actions and record types. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page, newest first (ties, entries of one transaction, in a stable order). */
  async page(criteria: AuditCriteria, page: number, pageSize: number): Promise<AuditRow[]> {
    const params: unknown[] = [];
    const where = whereOf(criteria, params);
    params.push(pageSize, (page - 1) * pageSize);
    return this.dataSource.query(
      `${SELECT} ${where} ORDER BY a.created_at DESC, a.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
  }

  async count(criteria: AuditCriteria): Promise<number> {
    const params: unknown[] = [];
    const where = whereOf(criteria, params);
    const join = criteria.actorSearch ? 'LEFT JOIN users u ON u.id = a.actor_id' : '';
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_log a ${join} ${where}`, params);
    return row.total;
  }

  /**
   * The rows after `cursor` (newest first), at most `size`: the export walks the log in batches by
   * key, so it never holds the whole log in memory and a batch never repeats or skips a row.
   */
  async batch(criteria: AuditCriteria, cursor: AuditCursor | null, size: number): Promise<AuditRow[]> {
    const params: unknown[] = [];
    let where = whereOf(criteria, params);
    if (cursor) {
      params.push(cursor.createdKey, cursor.id);
      const keyset = `(a.created_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
      where = where ? `${where} AND ${keyset}` : `WHERE ${keyset}`;
    }
    params.push(size);
    return this.dataSource.query(`${SELECT} ${where} ORDER BY a.created_at DESC, a.id DESC LIMIT $${params.length}`, params);
  }

  /** The database's clock: the export covers the entries up to this instant. */
  async now(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT clock_timestamp()::text AS now`);
    return row.now;
  }

  async actions(): Promise<string[]> {
    const rows: { action: string }[] = await this.dataSource.query(`SELECT DISTINCT action FROM audit_log ORDER BY action`);
    return rows.map((row) => row.action);
  }

  async entityTypes(): Promise<string[]> {
    const rows: { entity_type: string }[] = await this.dataSource.query(`SELECT DISTINCT entity_type FROM audit_log ORDER BY entity_type`);
    return rows.map((row) => row.entity_type);
  }
}
