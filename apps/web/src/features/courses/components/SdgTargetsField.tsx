import { useTranslation } from 'react-i18next';
import { compareSdgTargets, isSdgTarget, SUGGESTED_SDG_TARGETS } from '@campus/domain';
import { CheckboxGroup, TextField } from '../../../shared/Field';

/** Names of the two controls: the suggested targets (checkboxes) and any other ones (free text). */
export const SDG_FIELD = 'sdgTargets';
export const SDG_OTHER_FIELD = 'sdgOther';

const suggested: readonly string[] = SUGGESTED_SDG_TARGETS;

/** Targets typed in the free box: separated by commas, semicolons or spaces. */
const typedTargets = (text: string) => text.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);

/** The chosen targets, without repeats, in goal order; `invalid` lists typed ones that are not targets. */
export const readSdgTargets = (data: FormData): { targets: string[]; invalid: string[] } => {
  const typed = typedTargets(String(data.get(SDG_OTHER_FIELD) ?? ''));
  const invalid = typed.filter((target) => !isSdgTarget(target));
  const checked = data.getAll(SDG_FIELD).map(String);
  const targets = [...new Set([...checked, ...typed.filter(isSdgTarget)])].sort(compareSdgTargets);
  return { targets, invalid };
};

export const SdgTargetsField = ({ defaults = [], errors }: { defaults?: readonly string[]; errors: Record<string, string> }) => {
  const { t } = useTranslation();
  const others = defaults.filter((target) => !suggested.includes(target));
  return (
    <div className="stack">
      <CheckboxGroup
        legend={t('courses.form.sdgTargets')}
        name={SDG_FIELD}
        options={suggested.map((target) => ({ value: target, label: t('courses.form.sdgTarget', { target }) }))}
        defaultValues={defaults}
        error={errors.sdgTargets}
      />
      <TextField
        label={t('courses.form.sdgOther')}
        name={SDG_OTHER_FIELD}
        hint={t('courses.form.sdgOtherHint')}
        defaultValue={others.join(', ')}
        error={errors[SDG_OTHER_FIELD]}
      />
    </div>
  );
};
