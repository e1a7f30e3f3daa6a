/**
 * Before and after of an audit entry, field by field, for the row detail: no diff library, the
 * entries are small flat-ish objects (what each action keeps of its record).
 */

export type AuditValues = Record<string, unknown> | null;

export interface DiffRow {
  field: string;
  /** `undefined`: the field is not in that side. */
  before: unknown;
  after: unknown;
  /** Only when both sides exist: whether this field's value differs. */
  changed: boolean;
}

export interface AuditDiff {
  /** `change`: both sides; `created`: only after; `removed`: only before; `none`: neither. */
  kind: 'change' | 'created' | 'removed' | 'none';
  rows: DiffRow[];
  changedCount: number;
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  ) ?? 'undefined';

/** Fields in the order they first appear (before's, then those only after has); changed ones flagged. */
export const diffAudit = (before: AuditValues, after: AuditValues): AuditDiff => {
  const kind = before && after ? 'change' : after ? 'created' : before ? 'removed' : 'none';
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = fields.map((field) => {
    const b = before && Object.hasOwn(before, field) ? before[field] : undefined;
    const a = after && Object.hasOwn(after, field) ? after[field] : undefined;
    return {
      field,
      before: b,
      after: a,
      changed: kind === 'change' && stableJson(b) !== stableJson(a),
    };
  });
  return { kind, rows, changedCount: rows.filter((row) => row.changed).length };
};

/** An ISO instant (as the API writes dates with times), to show it in La Paz time. */
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value);
