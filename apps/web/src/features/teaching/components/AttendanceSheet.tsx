import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import type { AttendanceCountsDto, AttendanceMark, AttendanceSheetDto } from '../api/types';
import { useSaveAttendance } from '../hooks/useSaveAttendance';
import { countDraft, draftFromRows, isDirty, markOf, setDefault, setMark, toRequest } from './attendanceState';
import type { AttendanceDefault, AttendanceDraft } from './attendanceState';

const MARKS: readonly AttendanceMark[] = ['present', 'absent', 'excused'];
const DEFAULTS: readonly AttendanceDefault[] = ['present', 'absent'];

/** "18 presentes, 2 ausentes, 1 justificado" (and how many are not marked, if any). */
export const useAttendanceSummary = () => {
  const { t } = useTranslation();
  return (counts: AttendanceCountsDto) => {
    const main = t('teaching.sheet.summary', {
      present: t('teaching.sheet.presentCount', { count: counts.present }),
      absent: t('teaching.sheet.absentCount', { count: counts.absent }),
      excused: t('teaching.sheet.excusedCount', { count: counts.excused }),
    });
    return counts.unmarked > 0 ? `${main}; ${t('teaching.sheet.summaryUnmarked', { count: counts.unmarked })}` : main;
  };
};

const lastMarkedAt = (sheet: AttendanceSheetDto): string | null =>
  sheet.rows.reduce<string | null>((latest, row) => (row.markedAt && (!latest || row.markedAt > latest) ? row.markedAt : latest), null);

/**
 * A session's attendance, phone first: everyone starts with the whole-list mark ("Todos
 * presentes" / "Todos ausentes") and one tap per person chooses Presente, Ausente or Justificado.
 */
export const AttendanceSheet = ({ sheet }: { sheet: AttendanceSheetDto }) => {
  const { t } = useTranslation();
  const summary = useAttendanceSummary();
  const save = useSaveAttendance(sheet.cohortId, sheet.session.id);
  const [draft, setDraft] = useState<AttendanceDraft>(() => draftFromRows(sheet.rows));
  const [saved, setSaved] = useState<string | null>(null);
  const [openNotes, setOpenNotes] = useState<Record<string, boolean>>({});

  if (sheet.rows.length === 0) return <p>{t('teaching.sheet.empty')}</p>;
  if (!sheet.editable) return <ReadOnlySheet sheet={sheet} />;
  if (sheet.onlyExcused) return <FutureSheet sheet={sheet} />;

  const counts = countDraft(draft, sheet.rows);
  const dirty = isDirty(draft, sheet.rows);
  const savedAt = lastMarkedAt(sheet);
  const change = (next: AttendanceDraft) => {
    setSaved(null);
    save.reset();
    setDraft(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toRequest(draft, sheet.rows), {
      onSuccess: (result) => {
        setDraft(draftFromRows(result.rows));
        setSaved(t('teaching.sheet.saved', { summary: summary(result.counts) }));
      },
    });
  };

  return (
    <form className="attendance" onSubmit={onSubmit} noValidate>
      <fieldset className="segmented segmented--default">
        <legend>{t('teaching.sheet.defaultLegend')}</legend>
        <p className="field-hint">{t('teaching.sheet.defaultHint')}</p>
        <div className="segmented-options">
          {DEFAULTS.map((value) => (
            <label key={value} className="segment">
              <input
                type="radio"
                name="attendance-default"
                value={value}
                checked={draft.default === value}
                onChange={() => change(setDefault(draft, value))}
              />
              <span>{t(value === 'present' ? 'teaching.sheet.allPresent' : 'teaching.sheet.allAbsent')}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <h2 id="attendance-list-title" className="attendance-list-title">
        {t('teaching.sheet.listTitle')}
      </h2>
      <ul className="attendance-list" aria-labelledby="attendance-list-title">
        {sheet.rows.map((row) => {
          const mark = markOf(draft, row.enrolmentId);
          const noteId = `note-${row.enrolmentId}`;
          const showNote = openNotes[row.enrolmentId] || Boolean(draft.notes[row.enrolmentId]);
          return (
            <li key={row.enrolmentId} className={`attendance-row attendance-row--${mark}`}>
              <fieldset className="segmented">
                <legend>
                  <span className="attendance-name">{row.fullName}</span>
                  {row.municipality ? <span className="attendance-meta"> · {row.municipality}</span> : null}
                  {row.enrolmentStatus === 'passed' || row.enrolmentStatus === 'failed' ? (
                    <span className="attendance-meta"> · {t(`teaching.enrolmentStatus.${row.enrolmentStatus}`)}</span>
                  ) : null}
                </legend>
                <div className="segmented-options">
                  {MARKS.map((value) => (
                    <label key={value} className={`segment segment--${value}`}>
                      <input
                        type="radio"
                        name={`mark-${row.enrolmentId}`}
                        value={value}
                        checked={mark === value}
                        onChange={() => change(setMark(draft, row.enrolmentId, value))}
                      />
                      <span>{t(`teaching.sheet.${value}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {showNote ? (
                <div className="attendance-note">
                  <label htmlFor={noteId}>{t('teaching.sheet.noteOf', { name: row.fullName })}</label>
                  <input
                    id={noteId}
                    type="text"
                    maxLength={300}
                    value={draft.notes[row.enrolmentId] ?? ''}
                    onChange={(event) => change({ ...draft, notes: { ...draft.notes, [row.enrolmentId]: event.currentTarget.value } })}
                  />
                </div>
              ) : (
                <button
                  type="button"
                  className="button button--small button--secondary attendance-add-note"
                  aria-label={`${t('teaching.sheet.addNote')}: ${row.fullName}`}
                  onClick={() => setOpenNotes({ ...openNotes, [row.enrolmentId]: true })}
                >
                  {t('teaching.sheet.addNote')}
                </button>
              )}
            </li>
          );
        })}
      </ul>

      <div className="attendance-bar">
        <p className="attendance-summary" aria-live="polite">
          {summary(counts)}
        </p>
        <p className="muted attendance-state">
          {dirty ? (savedAt ? t('teaching.sheet.unsavedChanges') : t('teaching.sheet.notSaved')) : savedAt ? t('teaching.sheet.savedAt', { when: formatDateTime(savedAt) }) : null}
        </p>
        <FormErrorAlert message={save.isError ? errorMessage(save.error, t) : null} />
        <div aria-live="polite">{saved ? <Alert kind="success">{saved}</Alert> : null}</div>
        <button type="submit" className="button attendance-save" disabled={save.isPending}>
          {save.isPending ? t('teaching.sheet.saving') : t('teaching.sheet.save')}
        </button>
      </div>
    </form>
  );
};

/** A closed or cancelled cohort: the marks as they stay. */
const ReadOnlySheet = ({ sheet }: { sheet: AttendanceSheetDto }) => {
  const { t } = useTranslation();
  const summary = useAttendanceSummary();
  return (
    <>
      <Alert kind="info">{t('teaching.sheet.readOnly', { status: t(`cohorts.statuses.${sheet.cohortStatus}`).toLowerCase() })}</Alert>
      <p className="attendance-summary">{summary(sheet.counts)}</p>
      <ul className="attendance-list attendance-list--read">
        {sheet.rows.map((row) => (
          <li key={row.enrolmentId} className="attendance-row">
            <span className="attendance-name">{row.fullName}</span>
            <span>{t(`teaching.sheet.${row.status ?? 'unmarked'}`)}</span>
            {row.note ? <span className="attendance-meta">{row.note}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
};

/** A session more than a day ahead: only excused absences, announced in advance, one by one. */
const FutureSheet = ({ sheet }: { sheet: AttendanceSheetDto }) => {
  const { t } = useTranslation();
  const save = useSaveAttendance(sheet.cohortId, sheet.session.id);
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const marks = Object.keys(chosen)
      .filter((id) => chosen[id])
      .map((enrolmentId) => ({ enrolmentId, status: 'excused' as const, note: notes[enrolmentId]?.trim() || null }));
    save.mutate(
      { marks },
      {
        onSuccess: () => {
          setChosen({});
          setSaved(true);
        },
      },
    );
  };
  return (
    <form className="attendance" onSubmit={onSubmit} noValidate>
      <Alert kind="info">{t('teaching.sheet.future')}</Alert>
      <ul className="attendance-list">
        {sheet.rows.map((row) => {
          const already = row.status === 'excused';
          const id = `excuse-${row.enrolmentId}`;
          return (
            <li key={row.enrolmentId} className="attendance-row">
              <div className="checkbox attendance-excuse">
                <input
                  id={id}
                  type="checkbox"
                  checked={already || Boolean(chosen[row.enrolmentId])}
                  disabled={already}
                  onChange={(event) => {
                    setSaved(false);
                    setChosen({ ...chosen, [row.enrolmentId]: event.currentTarget.checked });
                  }}
                />
                <label htmlFor={id}>
                  {t('teaching.sheet.futureJustify')}: <span className="attendance-name">{row.fullName}</span>
                  {already && row.note ? <span className="attendance-meta"> · {row.note}</span> : null}
                </label>
              </div>
              {chosen[row.enrolmentId] ? (
                <div className="attendance-note">
                  <label htmlFor={`note-${row.enrolmentId}`}>{t('teaching.sheet.noteOf', { name: row.fullName })}</label>
                  <input
                    id={`note-${row.enrolmentId}`}
                    type="text"
                    maxLength={300}
                    value={notes[row.enrolmentId] ?? ''}
                    onChange={(event) => setNotes({ ...notes, [row.enrolmentId]: event.currentTarget.value })}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="attendance-bar">
        <FormErrorAlert message={save.isError ? errorMessage(save.error, t) : null} />
        <div aria-live="polite">{saved ? <Alert kind="success">{t('teaching.sheet.savedExcused')}</Alert> : null}</div>
        <button type="submit" className="button attendance-save" disabled={save.isPending}>
          {t('teaching.sheet.save')}
        </button>
      </div>
    </form>
  );
};
