import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFICIENCY_LEVELS } from '@campus/domain';
import { FormErrorAlert, Alert } from '../../../shared/Alert';
import { SelectField, TextAreaField, TextField } from '../../../shared/Field';
import { todayInLaPaz } from '../../../shared/format';
import { useApiForm } from '../../../shared/useApiForm';
import { useFramework } from '../../courses/hooks/useFramework';
import { useRecogniseCompetency } from '../hooks/useRecogniseCompetency';

const FIELDS = ['competencyId', 'level', 'note', 'evidenceUrl', 'awardedOn'] as const;

/** "Reconocer competencia": a coordinator records a competency by hand, with a note (and evidence). */
export const RecogniseCompetencyForm = ({ userId }: { userId: string }) => {
  const { t } = useTranslation();
  const framework = useFramework();
  const recognise = useRecogniseCompetency(userId);
  const [saved, setSaved] = useState<string | null>(null);
  const items = framework.data ?? [];
  const groups = items
    .filter((item) => item.kind === 'sub_area')
    .map((sub) => ({ sub, competencies: items.filter((item) => item.kind === 'competency' && item.parentId === sub.id) }))
    .filter((group) => group.competencies.length > 0);

  const form = useApiForm({
    fields: FIELDS,
    submit: async (data, element) => {
      setSaved(null);
      const evidenceUrl = String(data.get('evidenceUrl') ?? '').trim();
      const awardedOn = String(data.get('awardedOn') ?? '');
      const record = await recognise.mutateAsync({
        competencyId: String(data.get('competencyId') ?? ''),
        level: Number(data.get('level')) as 1 | 2 | 3,
        note: String(data.get('note') ?? '').trim(),
        ...(evidenceUrl ? { evidenceUrl } : {}),
        ...(awardedOn ? { awardedOn } : {}),
      });
      element.reset();
      setSaved(t('learning.recognise.saved', { name: `${record.competency.code} · ${record.competency.name}` }));
    },
  });

  return (
    <form onSubmit={form.onSubmit} noValidate className="recognise-form">
      <div aria-live="polite">{saved ? <Alert kind="success">{saved}</Alert> : null}</div>
      <FormErrorAlert message={form.failure} extra={form.extra} />
      <SelectField label={t('learning.recognise.competency')} name="competencyId" required error={form.errors.competencyId} defaultValue="">
        <option value="">{framework.isPending ? t('app.loading') : t('learning.recognise.choose')}</option>
        {groups.map(({ sub, competencies }) => (
          <optgroup key={sub.id} label={`${sub.code} · ${sub.name}`}>
            {competencies.map((item) => (
              <option key={item.id} value={item.id}>
                {item.code} · {item.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField label={t('learning.recognise.level')} name="level" required error={form.errors.level} defaultValue="1">
        {PROFICIENCY_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`learning.levels.${level}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('learning.recognise.note')} hint={t('learning.recognise.noteHint')} name="note" required maxLength={2000} rows={3} error={form.errors.note} />
      <TextField label={t('learning.recognise.evidenceUrl')} hint={t('learning.recognise.evidenceUrlHint')} name="evidenceUrl" type="url" maxLength={500} error={form.errors.evidenceUrl} />
      <TextField label={t('learning.recognise.awardedOn')} hint={t('learning.recognise.awardedOnHint')} name="awardedOn" type="date" max={todayInLaPaz()} error={form.errors.awardedOn} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.pending}>
          {t('learning.recognise.submit')}
        </button>
      </div>
    </form>
  );
};
