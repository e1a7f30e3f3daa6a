import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERNSHIP_PASSING_SCORE, MIN_FINAL_REPORT_LENGTH, MIN_IMPROVEMENT_PROPOSAL_LENGTH, RUBRIC_LEVELS } from '@campus/domain';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { DataTable } from '../../../shared/DataTable';
import { TextAreaField, TextField } from '../../../shared/Field';
import { FormActions } from '../../../shared/FormActions';
import { formatDate, formatDateTime, formatNumber, todayInLaPaz } from '../../../shared/format';
import { useApiForm } from '../../../shared/useApiForm';
import type { LogbookEntry, PlacementExecution } from '../api/types';
import {
  useAddLogbookEntry, useEvaluatePlacement, useReviewLogbookEntry, useSaveWorkPlan, useSubmitFinalReport, useUpdateLogbookEntry,
} from '../hooks/mutations';
import { PlacementCertificate } from './PlacementCertificate';
import './execution.css';

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/** Unit, tutor, dates, state and hours of a placement. */
export const PlacementFacts = ({ placement }: { placement: PlacementExecution }) => {
  const { t } = useTranslation();
  return (
    <dl className="execution-facts">
      <dt>{t('internships.logbook.facts.intern')}</dt>
      <dd>{placement.intern.name}{placement.municipality ? ` · ${placement.municipality}` : ''}</dd>
      <dt>{t('internships.logbook.facts.call')}</dt>
      <dd>{placement.call}</dd>
      <dt>{t('internships.logbook.facts.unit')}</dt>
      <dd>{placement.hostUnit}</dd>
      <dt>{t('internships.logbook.facts.tutor')}</dt>
      <dd>{placement.tutor?.name ?? t('internships.logbook.facts.noTutor')}</dd>
      <dt>{t('internships.logbook.facts.dates')}</dt>
      <dd>{t('internships.logbook.facts.range', { from: formatDate(placement.startsOn), to: formatDate(placement.endsOn) })}</dd>
      <dt>{t('internships.logbook.facts.status')}</dt>
      <dd>{t(`internships.logbook.status.${placement.status}`)}</dd>
      <dt>{t('internships.logbook.facts.hours')}</dt>
      <dd>{t('internships.logbook.facts.hoursValue', { validated: formatNumber(placement.validatedHours), submitted: formatNumber(placement.submittedHours) })}</dd>
    </dl>
  );
};

/** The work plan: read by the intern; written and agreed by the tutor. */
export const WorkPlanSection = ({ placement }: { placement: PlacementExecution }) => {
  const { t } = useTranslation();
  const save = useSaveWorkPlan(placement.id);
  const [agree, setAgree] = useState(false);
  const form = useApiForm({
    fields: ['workPlan'],
    submit: (data) => save.mutateAsync({ workPlan: text(data, 'workPlan'), agreed: agree }),
  });
  return (
    <section aria-labelledby={`plan-${placement.id}`}>
      <h2 id={`plan-${placement.id}`}>{t('internships.logbook.plan.title')}</h2>
      <p>
        {placement.workPlanAgreedAt
          ? t('internships.logbook.plan.agreedOn', { date: formatDateTime(placement.workPlanAgreedAt) })
          : t('internships.logbook.plan.notAgreed')}
      </p>
      {placement.can.editPlan ? (
        <form noValidate onSubmit={form.onSubmit}>
          <FormErrorAlert message={form.failure} extra={form.extra} />
          {form.succeeded && !form.pending ? <Alert kind="success">{t('internships.logbook.plan.saved')}</Alert> : null}
          <TextAreaField label={t('internships.logbook.plan.field')} name="workPlan" required rows={6} defaultValue={placement.workPlan} error={form.errors.workPlan} />
          <div className="form-actions">
            <button type="submit" className="button button--secondary" disabled={form.pending} onClick={() => setAgree(false)}>
              {t('internships.logbook.plan.save')}
            </button>
            <button type="submit" className="button" disabled={form.pending} onClick={() => setAgree(true)}>
              {t('internships.logbook.plan.agree')}
            </button>
          </div>
        </form>
      ) : (
        <p className="execution-text">{placement.workPlan || t('internships.logbook.plan.empty')}</p>
      )}
    </section>
  );
};

/** The intern's form for a new entry or the correction of one. */
const EntryForm = ({ placement, entry, onDone }: { placement: PlacementExecution; entry?: LogbookEntry; onDone?: () => void }) => {
  const { t } = useTranslation();
  const add = useAddLogbookEntry(placement.id);
  const update = useUpdateLogbookEntry();
  const today = todayInLaPaz();
  const form = useApiForm({
    fields: ['entryDate', 'hours', 'activities', 'learnings'],
    submit: async (data, element) => {
      const body = { entryDate: text(data, 'entryDate'), hours: Number(text(data, 'hours').replace(',', '.')), activities: text(data, 'activities'), learnings: text(data, 'learnings') };
      if (entry) await update.mutateAsync({ id: entry.id, body });
      else await add.mutateAsync(body);
      if (!entry) element.reset();
      onDone?.();
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit} className="execution-entry-form">
      <FormErrorAlert message={form.failure} extra={form.extra} />
      {form.succeeded && !form.pending && !entry ? <Alert kind="success">{t('internships.logbook.entries.added')}</Alert> : null}
      <TextField
        label={t('internships.logbook.entries.date')} name="entryDate" type="date" required min={placement.startsOn}
        max={placement.endsOn < today ? placement.endsOn : today} defaultValue={entry?.entryDate ?? ''} error={form.errors.entryDate}
      />
      <TextField
        label={t('internships.logbook.entries.hours')} name="hours" type="number" inputMode="decimal" step="0.5" min="0.5" max="24" required
        defaultValue={entry ? String(entry.hours) : ''} error={form.errors.hours}
      />
      <TextAreaField label={t('internships.logbook.entries.activities')} name="activities" required rows={3} defaultValue={entry?.activities ?? ''} error={form.errors.activities} />
      <TextAreaField label={t('internships.logbook.entries.learnings')} name="learnings" rows={3} defaultValue={entry?.learnings ?? ''} error={form.errors.learnings} />
      <FormActions pending={form.pending} submitLabel={entry ? t('internships.logbook.entries.resubmit') : t('internships.logbook.entries.add')} onCancel={onDone} />
    </form>
  );
};

/** The tutor's "Validar" / "Devolver" (with a comment) of one submitted entry. */
const ReviewActions = ({ entry }: { entry: LogbookEntry }) => {
  const { t } = useTranslation();
  const review = useReviewLogbookEntry();
  const [returning, setReturning] = useState(false);
  const form = useApiForm({
    fields: ['comment'],
    submit: (data) => review.mutateAsync({ id: entry.id, verdict: 'return', comment: text(data, 'comment') }),
  });
  const day = formatDate(entry.entryDate);
  return (
    <div className="execution-review">
      {review.error && !returning ? <FormErrorAlert message={t('internships.logbook.entries.reviewFailed')} /> : null}
      <button type="button" className="button" disabled={review.isPending} aria-label={t('internships.logbook.entries.validateOf', { date: day })}
        onClick={() => review.mutate({ id: entry.id, verdict: 'validate' })}>
        {t('internships.logbook.entries.validate')}
      </button>
      {returning ? (
        <form noValidate onSubmit={form.onSubmit}>
          <FormErrorAlert message={form.failure} extra={form.extra} />
          <TextAreaField label={t('internships.logbook.entries.comment')} name="comment" required rows={2} error={form.errors.comment} />
          <FormActions pending={form.pending} submitLabel={t('internships.logbook.entries.return')} onCancel={() => setReturning(false)} />
        </form>
      ) : (
        <button type="button" className="button button--secondary" aria-label={t('internships.logbook.entries.returnOf', { date: day })} onClick={() => setReturning(true)}>
          {t('internships.logbook.entries.return')}
        </button>
      )}
    </div>
  );
};

/** The logbook: the entries with their state, the intern's form, and the tutor's review. */
export const LogbookSection = ({ placement }: { placement: PlacementExecution }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const showActions = placement.can.review || placement.can.writeLogbook;
  return (
    <section aria-labelledby={`logbook-${placement.id}`}>
      <h2 id={`logbook-${placement.id}`}>{t('internships.logbook.entries.title')}</h2>
      <p>{t('internships.logbook.facts.hoursValue', { validated: formatNumber(placement.validatedHours), submitted: formatNumber(placement.submittedHours) })}</p>
      {placement.can.writeLogbook ? (
        <>
          <h3>{t('internships.logbook.entries.new')}</h3>
          <EntryForm placement={placement} />
        </>
      ) : null}
      <DataTable
        caption={t('internships.logbook.entries.caption')}
        columns={[
          t('internships.logbook.entries.date'), t('internships.logbook.entries.hours'), t('internships.logbook.entries.activities'),
          t('internships.logbook.entries.state'), showActions ? t('internships.logbook.entries.actions') : null,
        ]}
        isEmpty={placement.entries.length === 0}
        emptyText={t('internships.logbook.entries.empty')}
      >
        {placement.entries.map((entry) => (
          <tr key={entry.id}>
            <td>{formatDate(entry.entryDate)}</td>
            <td>{formatNumber(entry.hours)}</td>
            <td>
              <p className="execution-text">{entry.activities}</p>
              {entry.learnings ? <p className="execution-note">{t('internships.logbook.entries.learnt', { text: entry.learnings })}</p> : null}
              {entry.tutorComment ? <p className="execution-note">{t('internships.logbook.entries.tutorSaid', { text: entry.tutorComment })}</p> : null}
            </td>
            <td>{t(`internships.logbook.entryStatus.${entry.status}`)}</td>
            {showActions ? (
              <td>
                {placement.can.review && entry.status === 'submitted' ? <ReviewActions entry={entry} /> : null}
                {placement.can.writeLogbook && entry.status !== 'validated' ? (
                  editing === entry.id ? (
                    <EntryForm placement={placement} entry={entry} onDone={() => setEditing(null)} />
                  ) : (
                    <button type="button" className="button button--secondary" onClick={() => setEditing(entry.id)}
                      aria-label={t('internships.logbook.entries.editOf', { date: formatDate(entry.entryDate) })}>
                      {t('internships.logbook.entries.edit')}
                    </button>
                  )
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
    </section>
  );
};

/** The final report and improvement proposal: the intern's form, or what was presented. */
export const FinalReportSection = ({ placement }: { placement: PlacementExecution }) => {
  const { t } = useTranslation();
  const submit = useSubmitFinalReport(placement.id);
  const form = useApiForm({
    fields: ['finalReport', 'improvementProposal'],
    submit: (data) => submit.mutateAsync({ finalReport: text(data, 'finalReport'), improvementProposal: text(data, 'improvementProposal') }),
  });
  if (!placement.can.submitReport && !placement.reportSubmittedAt) return null;
  return (
    <section aria-labelledby={`report-${placement.id}`}>
      <h2 id={`report-${placement.id}`}>{t('internships.logbook.report.title')}</h2>
      {placement.can.submitReport ? (
        <form noValidate onSubmit={form.onSubmit}>
          <FormErrorAlert message={form.failure} extra={form.extra} />
          <TextAreaField label={t('internships.logbook.report.finalReport')} hint={t('internships.logbook.report.minLength', { count: MIN_FINAL_REPORT_LENGTH })}
            name="finalReport" required minLength={MIN_FINAL_REPORT_LENGTH} rows={8} error={form.errors.finalReport} />
          <TextAreaField label={t('internships.logbook.report.proposal')} hint={t('internships.logbook.report.minLength', { count: MIN_IMPROVEMENT_PROPOSAL_LENGTH })}
            name="improvementProposal" required minLength={MIN_IMPROVEMENT_PROPOSAL_LENGTH} rows={5} error={form.errors.improvementProposal} />
          <FormActions pending={form.pending} submitLabel={t('internships.logbook.report.submit')} />
        </form>
      ) : (
        <>
          <p>{t('internships.logbook.report.submittedOn', { date: formatDateTime(placement.reportSubmittedAt) })}</p>
          <h3>{t('internships.logbook.report.finalReport')}</h3>
          <p className="execution-text">{placement.finalReport}</p>
          <h3>{t('internships.logbook.report.proposal')}</h3>
          <p className="execution-text">{placement.improvementProposal}</p>
        </>
      )}
    </section>
  );
};

/** The tutor's evaluation form (rubric per competency, score, verdict), or the outcome. */
export const EvaluationSection = ({ placement }: { placement: PlacementExecution }) => {
  const { t } = useTranslation();
  const evaluate = useEvaluatePlacement(placement.id);
  const [verdict, setVerdict] = useState<'approved' | 'not_approved'>('approved');
  const form = useApiForm({
    fields: ['levels', 'score', 'comment'],
    validate: (data): Record<string, string> =>
      placement.competencies.some((c) => !data.get(`level-${c.id}`)) ? { levels: t('internships.logbook.evaluation.levelsMissing') } : {},
    submit: (data) =>
      evaluate.mutateAsync({
        levels: placement.competencies.map((c) => ({ competencyId: c.id, level: Number(data.get(`level-${c.id}`)) as 0 | 1 | 2 | 3 })),
        score: Number(text(data, 'score').replace(',', '.')),
        verdict,
        comment: text(data, 'comment'),
      }),
  });
  const outcome = placement.evaluation;
  if (!placement.can.evaluate && !outcome) return null;
  return (
    <section aria-labelledby={`evaluation-${placement.id}`}>
      <h2 id={`evaluation-${placement.id}`}>{t('internships.logbook.evaluation.title')}</h2>
      {outcome ? (
        <>
          <Alert kind={outcome.verdict === 'approved' ? 'success' : 'info'}>
            <p>{t(`internships.logbook.evaluation.outcome.${outcome.verdict}`, { score: formatNumber(outcome.score) })}</p>
            {outcome.comment ? <p>{outcome.comment}</p> : null}
          </Alert>
          <ul>
            {placement.competencies.map((c) => {
              const level = outcome.levels.find((l) => l.competencyId === c.id)?.level ?? 0;
              return <li key={c.id}>{`${c.code} ${c.name}: ${t(`internships.logbook.evaluation.level.${level}`)}`}</li>;
            })}
          </ul>
          <PlacementCertificate placement={placement} />
        </>
      ) : (
        <form noValidate onSubmit={form.onSubmit}>
          <FormErrorAlert message={form.failure} extra={form.extra} />
          {form.errors.levels ? <p className="field-error">{form.errors.levels}</p> : null}
          {placement.competencies.map((c) => (
            <fieldset key={c.id} className="execution-rubric">
              <legend>{`${c.code} ${c.name}`} <span className="execution-note">{t('internships.logbook.evaluation.expected', { level: c.expectedLevel })}</span></legend>
              {RUBRIC_LEVELS.map((level) => (
                <label key={level} className="execution-radio">
                  <input type="radio" name={`level-${c.id}`} value={level} required />
                  {t(`internships.logbook.evaluation.level.${level}`)}
                </label>
              ))}
            </fieldset>
          ))}
          <TextField label={t('internships.logbook.evaluation.score')} hint={t('internships.logbook.evaluation.scoreHint', { passing: INTERNSHIP_PASSING_SCORE })}
            name="score" type="number" inputMode="decimal" min="0" max="100" step="0.5" required error={form.errors.score} />
          <TextAreaField label={t('internships.logbook.evaluation.comment')} name="comment" rows={3} error={form.errors.comment} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={form.pending} onClick={() => setVerdict('approved')}>
              {t('internships.logbook.evaluation.approve')}
            </button>
            <button type="submit" className="button button--secondary" disabled={form.pending} onClick={() => setVerdict('not_approved')}>
              {t('internships.logbook.evaluation.reject')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
};

/** Everything of one placement, in the order of the internship. */
export const PlacementExecutionView = ({ placement }: { placement: PlacementExecution }) => (
  <>
    <PlacementFacts placement={placement} />
    <WorkPlanSection placement={placement} />
    <LogbookSection placement={placement} />
    <FinalReportSection placement={placement} />
    <EvaluationSection placement={placement} />
  </>
);
