import { countDraft, draftFromRows, isDirty, markOf, setDefault, setMark, toRequest } from '../../apps/web/src/features/teaching/components/attendanceState';
import type { AttendanceRowDto } from '../../apps/web/src/features/teaching/api/types';

const row = (enrolmentId: string, status: AttendanceRowDto['status'] = null, note: string | null = null): AttendanceRowDto => ({
  enrolmentId, userId: `u-${enrolmentId}`, fullName: `Persona ${enrolmentId}`, municipality: null, enrolmentStatus: 'enrolled', status, note, markedAt: null,
});

describe('the attendance sheet of the SPA (whole-list default, one tap per exception)', () => {
  it('starts an unsaved list with everyone present and nothing to send but the default', () => {
    const rows = [row('a'), row('b'), row('c')];
    const draft = draftFromRows(rows);
    expect(draft.default).toBe('present');
    expect(countDraft(draft, rows)).toEqual({ present: 3, absent: 0, excused: 0, unmarked: 0 });
    expect(toRequest(draft, rows)).toEqual({ default: 'present', marks: [] });
    expect(isDirty(draft, rows)).toBe(true);
  });

  it('sends only the exceptions, and a tap back to the default removes one', () => {
    const rows = [row('a'), row('b'), row('c')];
    let draft = setMark(draftFromRows(rows), 'b', 'absent');
    draft = setMark(draft, 'c', 'excused');
    expect(toRequest(draft, rows)).toEqual({
      default: 'present',
      marks: [{ enrolmentId: 'b', status: 'absent', note: null }, { enrolmentId: 'c', status: 'excused', note: null }],
    });
    draft = setMark(draft, 'b', 'present');
    expect(draft.exceptions).toEqual({ c: 'excused' });
  });

  it('changing the whole-list mark keeps each person\'s own choice', () => {
    const rows = [row('a'), row('b'), row('c')];
    let draft = setMark(setMark(draftFromRows(rows), 'b', 'absent'), 'c', 'excused');
    draft = setDefault(draft, 'absent');
    expect(rows.map((r) => markOf(draft, r.enrolmentId))).toEqual(['absent', 'absent', 'excused']);
    expect(draft.exceptions).toEqual({ c: 'excused' });
  });

  it('opens a saved list with its most common mark as the default and is clean until something changes', () => {
    const rows = [row('a', 'absent'), row('b', 'absent'), row('c', 'present', 'Llegó tarde'), row('d', 'excused')];
    const draft = draftFromRows(rows);
    expect(draft.default).toBe('absent');
    expect(draft.exceptions).toEqual({ c: 'present', d: 'excused' });
    expect(isDirty(draft, rows)).toBe(false);
    expect(toRequest(draft, rows).marks).toEqual([
      { enrolmentId: 'c', status: 'present', note: 'Llegó tarde' },
      { enrolmentId: 'd', status: 'excused', note: null },
    ]);
    expect(isDirty(setMark(draft, 'a', 'present'), rows)).toBe(true);
  });
});
