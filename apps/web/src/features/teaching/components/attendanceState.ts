import type { AttendanceCountsDto, AttendanceMark, AttendanceRowDto, SaveAttendanceRequest } from '../api/types';

export type AttendanceDefault = 'present' | 'absent';

/** What the facilitator has on screen: a mark for the whole list, the exceptions and the notes. */
export interface AttendanceDraft {
  default: AttendanceDefault;
  exceptions: Record<string, AttendanceMark>;
  notes: Record<string, string>;
}

/**
 * The draft a saved list opens with: the most common of present/absent as the default (present
 * when nothing is saved yet), and whoever differs from it as an exception.
 */
export const draftFromRows = (rows: readonly AttendanceRowDto[]): AttendanceDraft => {
  const present = rows.filter((row) => row.status === 'present').length;
  const absent = rows.filter((row) => row.status === 'absent').length;
  const fallback: AttendanceDefault = absent > present ? 'absent' : 'present';
  const exceptions: Record<string, AttendanceMark> = {};
  const notes: Record<string, string> = {};
  for (const row of rows) {
    if (row.status && row.status !== fallback) exceptions[row.enrolmentId] = row.status;
    if (row.note) notes[row.enrolmentId] = row.note;
  }
  return { default: fallback, exceptions, notes };
};

export const markOf = (draft: AttendanceDraft, enrolmentId: string): AttendanceMark => draft.exceptions[enrolmentId] ?? draft.default;

/** One tap: the person's mark; choosing the default removes the exception. */
export const setMark = (draft: AttendanceDraft, enrolmentId: string, mark: AttendanceMark): AttendanceDraft => {
  const exceptions = { ...draft.exceptions };
  if (mark === draft.default) delete exceptions[enrolmentId];
  else exceptions[enrolmentId] = mark;
  return { ...draft, exceptions };
};

/** Changing the whole-list mark keeps each person's own choice when it now differs from it. */
export const setDefault = (draft: AttendanceDraft, next: AttendanceDefault): AttendanceDraft => {
  const exceptions = { ...draft.exceptions };
  for (const [id, mark] of Object.entries(exceptions)) if (mark === next) delete exceptions[id];
  return { ...draft, default: next, exceptions };
};

export const countDraft = (draft: AttendanceDraft, rows: readonly AttendanceRowDto[]): AttendanceCountsDto => {
  const counts = { present: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const row of rows) counts[markOf(draft, row.enrolmentId)] += 1;
  return counts;
};

/** The request: the default and, as marks, the exceptions and whoever has a note. */
export const toRequest = (draft: AttendanceDraft, rows: readonly AttendanceRowDto[]): SaveAttendanceRequest => ({
  default: draft.default,
  marks: rows
    .filter((row) => draft.exceptions[row.enrolmentId] || draft.notes[row.enrolmentId]?.trim())
    .map((row) => ({ enrolmentId: row.enrolmentId, status: markOf(draft, row.enrolmentId), note: draft.notes[row.enrolmentId]?.trim() || null })),
});

/** Whether the draft differs from what is saved. */
export const isDirty = (draft: AttendanceDraft, rows: readonly AttendanceRowDto[]): boolean =>
  rows.some((row) => row.status !== markOf(draft, row.enrolmentId) || (row.note ?? '') !== (draft.notes[row.enrolmentId]?.trim() ?? ''));
