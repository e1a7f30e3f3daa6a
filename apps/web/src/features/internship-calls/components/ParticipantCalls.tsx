import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/Alert';
import { SelectField, TextAreaField } from '../../../shared/Field';
import { FormActions } from '../../../shared/FormActions';
import { formatDate } from '../../../shared/format';
import { errorMessage } from '../../../shared/errors';
import { saveFile } from '../../../shared/download';
import { LoadError, Loading } from '../../../shared/QueryStatus';
import { useApiForm } from '../../../shared/useApiForm';
import { callsApi } from '../api/callsApi';
import type { InternshipApplicationDto, InternshipCallDto } from '../api/callsApi';
import { useSession } from '../../auth/hooks/useSession';
import { useApplications, useInternshipCalls, useInternshipMutation } from '../hooks';

const RANKS = ['first', 'second', 'third'] as const;

/** Participants: the open calls with their host units, "Postular", and "Mi postulación" (edit, letter, withdraw). */
export const ParticipantCalls = () => {
  const { t } = useTranslation();
  const calls = useInternshipCalls();
  const { user } = useSession();
  // A liaison who is also a participant is sent their municipality's applications: keep their own.
  const applications = useApplications({});
  if (calls.isPending || applications.isPending) return <Loading />;
  if (calls.isError) return <LoadError error={calls.error} onRetry={() => void calls.refetch()} />;
  if (applications.isError)
    return <LoadError error={applications.error} onRetry={() => void applications.refetch()} />;
  const mine = applications.data.filter((a) => a.applicant.id === user?.id);
  const visible = calls.data.filter((c) => c.open || mine.some((a) => a.callId === c.id));
  return (
    <section aria-labelledby="open-calls-heading">
      <h2 id="open-calls-heading">{t('internships.calls.openHeading')}</h2>
      {visible.length === 0 ? <p>{t('internships.calls.noneOpen')}</p> : null}
      {visible.map((c) => (
        <CallCard
          key={c.id}
          call={c}
          application={mine.find((a) => a.callId === c.id && a.status !== 'withdrawn') ?? null}
        />
      ))}
    </section>
  );
};

const CallCard = ({
  call,
  application,
}: {
  call: InternshipCallDto;
  application: InternshipApplicationDto | null;
}) => {
  const { t } = useTranslation();
  const [applying, setApplying] = useState(false);
  return (
    <article aria-labelledby={`call-${call.id}`}>
      <h3 id={`call-${call.id}`}>{call.title}</h3>
      <p>
        {t('internships.calls.windowText', {
          opens: formatDate(call.opensOn),
          closes: formatDate(call.closesOn),
        })}
      </p>
      {call.description ? <p>{call.description}</p> : null}
      {call.requirements ? (
        <p>
          <strong>{t('internships.calls.requirements')}:</strong> {call.requirements}
        </p>
      ) : null}
      <ul>
        {call.hostUnits.map((u) => (
          <li key={u.id}>
            <strong>{u.name}</strong> —{' '}
            {t('internships.calls.placesText', {
              free: Math.max(0, u.places - u.placesTaken),
              places: u.places,
            })}
            ; {formatDate(u.startsOn)} – {formatDate(u.endsOn)}
            {u.competencies.length ? (
              <>
                {' '}
                ·{' '}
                {u.competencies
                  .map((c) => `${c.name} (${t('internships.calls.level', { level: c.level })})`)
                  .join('; ')}
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {application ? (
        <MyApplication call={call} application={application} />
      ) : call.open ? (
        applying ? (
          <ApplicationForm call={call} application={null} onDone={() => setApplying(false)} />
        ) : (
          <button type="button" onClick={() => setApplying(true)}>
            {t('internships.calls.apply')}
          </button>
        )
      ) : null}
    </article>
  );
};

const ApplicationForm = ({
  call,
  application,
  onDone,
}: {
  call: InternshipCallDto;
  application: InternshipApplicationDto | null;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const save = useInternshipMutation(
    async ({
      motivation,
      preferences,
      letter,
    }: {
      motivation: string;
      preferences: string[];
      letter: File | null;
    }) => {
      const saved = application
        ? await callsApi.updateApplication(application.id, { motivation, preferences })
        : await callsApi.apply(call.id, { motivation, preferences });
      return letter ? callsApi.uploadLetter(saved.id, letter) : saved;
    },
  );
  const [endorsement, setEndorsement] = useState<'liaison' | 'letter'>(
    application?.letterFileName ? 'letter' : 'liaison',
  );
  const form = useApiForm({
    fields: ['motivation', 'preferences', 'letter'],
    submit: async (data) => {
      const preferences = RANKS.map((r) => String(data.get(`preference-${r}`) ?? '')).filter(
        Boolean,
      );
      const file = data.get('letter');
      const letter =
        endorsement === 'letter' && file instanceof File && file.size > 0 ? file : null;
      await save.mutateAsync({
        motivation: String(data.get('motivation') ?? ''),
        preferences,
        letter,
      });
      onDone();
    },
  });
  const chosen = (rank: number) =>
    application?.preferences.find((p) => p.rank === rank)?.hostUnitId ?? '';
  return (
    <form noValidate onSubmit={form.onSubmit} aria-labelledby={`apply-${call.id}`}>
      <h4 id={`apply-${call.id}`}>
        {application ? t('internships.calls.editApplication') : t('internships.calls.applyHeading')}
      </h4>
      <FormErrorAlert message={form.failure} extra={form.extra} />
      <TextAreaField
        label={t('internships.calls.motivation')}
        name="motivation"
        required
        maxLength={5000}
        defaultValue={application?.motivation}
        error={form.errors.motivation}
      />
      {RANKS.map((rank, i) => (
        <SelectField
          key={rank}
          label={t(`internships.calls.preference.${rank}`)}
          name={`preference-${rank}`}
          required={i === 0}
          defaultValue={chosen(i + 1)}
          error={i === 0 ? form.errors.preferences : undefined}
        >
          <option value="">{t('internships.calls.noPreference')}</option>
          {call.hostUnits.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
      ))}
      <fieldset>
        <legend>{t('internships.calls.endorsement')}</legend>
        <label>
          <input
            type="radio"
            name="endorsementChoice"
            value="liaison"
            checked={endorsement === 'liaison'}
            onChange={() => setEndorsement('liaison')}
          />{' '}
          {t('internships.calls.byLiaison')}
        </label>
        <label>
          <input
            type="radio"
            name="endorsementChoice"
            value="letter"
            checked={endorsement === 'letter'}
            onChange={() => setEndorsement('letter')}
          />{' '}
          {t('internships.calls.byLetter')}
        </label>
      </fieldset>
      {endorsement === 'letter' ? (
        <div className="field">
          <label htmlFor={`letter-${call.id}`}>{t('internships.calls.letter')}</label>
          <input
            id={`letter-${call.id}`}
            type="file"
            name="letter"
            accept="application/pdf"
            aria-describedby={`letter-hint-${call.id}`}
            aria-invalid={form.errors.letter ? true : undefined}
          />
          <p id={`letter-hint-${call.id}`} className="field-hint">
            {t('internships.calls.letterHint')}
          </p>
          {form.errors.letter ? <p className="field-error">{form.errors.letter}</p> : null}
        </div>
      ) : null}
      <FormActions
        pending={form.pending}
        submitLabel={
          application
            ? t('internships.calls.saveApplication')
            : t('internships.calls.submitApplication')
        }
        onCancel={onDone}
      />
    </form>
  );
};

const MyApplication = ({
  call,
  application,
}: {
  call: InternshipCallDto;
  application: InternshipApplicationDto;
}) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const withdraw = useInternshipMutation(callsApi.withdraw);
  return (
    <section aria-labelledby={`mine-${application.id}`}>
      <h4 id={`mine-${application.id}`}>{t('internships.calls.myApplication')}</h4>
      {withdraw.error ? <FormErrorAlert message={errorMessage(withdraw.error, t)} /> : null}
      <p>
        {t(`internships.calls.endorsementStatus.${application.endorsement}`)}
        {application.endorsementNote ? ` — ${application.endorsementNote}` : ''}
      </p>
      <ol>
        {application.preferences.map((p) => (
          <li key={p.rank}>{p.hostUnitName}</li>
        ))}
      </ol>
      {application.letterFileName ? (
        <button
          type="button"
          onClick={() =>
            void callsApi
              .downloadLetter(application.id)
              .then((b) => saveFile(b, application.letterFileName ?? 'carta.pdf'))
          }
        >
          {t('internships.calls.downloadLetter')}
        </button>
      ) : null}
      {editing ? (
        <ApplicationForm call={call} application={application} onDone={() => setEditing(false)} />
      ) : application.callOpen && application.status === 'submitted' ? (
        <>
          <button type="button" onClick={() => setEditing(true)}>
            {t('internships.calls.editApplication')}
          </button>{' '}
          <button
            type="button"
            disabled={withdraw.isPending}
            onClick={() => withdraw.mutate(application.id)}
          >
            {t('internships.calls.withdraw')}
          </button>
        </>
      ) : null}
    </section>
  );
};
