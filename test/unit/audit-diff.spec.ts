import { diffAudit, isInstant, stableJson } from '../../apps/web/src/features/audit/components/auditDiff';

describe('the before/after view of an audit entry', () => {
  it('flags exactly the fields whose values differ, nested values and lists compared whole', () => {
    const diff = diffAudit(
      { status: 'requested', capacity: 30, roles: ['participant'], venue: null, dates: { from: '2026-03-01', to: '2026-03-09' } },
      { status: 'enrolled', capacity: 30, roles: ['participant', 'tutor'], venue: null, dates: { to: '2026-03-09', from: '2026-03-01' }, note: 'ok' },
    );
    expect(diff.kind).toBe('change');
    expect(diff.rows.map((row) => [row.field, row.changed])).toEqual([
      ['status', true],
      ['capacity', false],
      ['roles', true],
      ['venue', false],
      ['dates', false],
      ['note', true],
    ]);
    expect(diff.changedCount).toBe(3);
    expect(diff.rows.find((row) => row.field === 'note')).toEqual({ field: 'note', before: undefined, after: 'ok', changed: true });
  });

  it('tells a field set to null from a field that is not there', () => {
    const diff = diffAudit({ venue: 'Aula 1' }, { venue: null });
    expect(diff.rows).toEqual([{ field: 'venue', before: 'Aula 1', after: null, changed: true }]);
    expect(diffAudit({ a: null }, {}).rows[0]).toMatchObject({ before: null, after: undefined, changed: true });
  });

  it('shows a creation or a removal as one side, with nothing flagged', () => {
    expect(diffAudit(null, { title: 'Nuevo' })).toEqual({ kind: 'created', rows: [{ field: 'title', before: undefined, after: 'Nuevo', changed: false }], changedCount: 0 });
    expect(diffAudit({ title: 'Viejo' }, null).kind).toBe('removed');
    expect(diffAudit(null, null)).toEqual({ kind: 'none', rows: [], changedCount: 0 });
  });

  it('compares objects whatever their key order, and recognises instants', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe(stableJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]));
    expect(isInstant('2026-03-02T12:30:00.000Z')).toBe(true);
    expect(isInstant('2026-03-02')).toBe(false);
    expect(isInstant('hoy 2026-03-02T12:30:00Z')).toBe(false);
  });
});
