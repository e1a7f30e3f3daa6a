import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCY_DESCRIPTION_MAX, COMPETENCY_NAME_MAX, COMPETENCY_POSITION_MAX } from '@campus/domain';
import type { CompetencyItemKind } from '@campus/domain';
import { FormErrorAlert } from '../../../shared/Alert';
import { SelectField, TextAreaField, TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import type { CompetencyItemDto, UpdateCompetencyRequest } from '../api/types';

const FIELDS = ['code', 'name', 'description', 'position'];
/** The browser's own check of a code (the API checks COMPETENCY_CODE_PATTERN as well). */
const CODE_PATTERN = '[A-Za-z0-9][A-Za-z0-9._\\-]{0,31}';

interface Props {
  kind: CompetencyItemKind;
  /** The item being edited; absent when creating. */
  item?: CompetencyItemDto;
  /** The heading of the form (it takes the focus when the form opens). */
  title: string;
  /** A free code to offer when creating. */
  suggestedCode?: string;
  /** When editing a sub-area or competency: the items it may move under (same tier as its parent). */
  parents?: CompetencyItemDto[];
  submitLabel: string;
  onSubmit: (values: Required<Pick<UpdateCompetencyRequest, 'code' | 'name'>> & UpdateCompetencyRequest) => Promise<unknown>;
  onCancel: () => void;
}

/** Create or edit one item of the framework: labelled fields, the API's messages beside them. */
export const CompetencyItemForm = ({ kind, item, title, suggestedCode, parents, submitLabel, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const choosesParent = Boolean(item && kind !== 'area' && parents);
  const { errors, failure, extra, pending, onSubmit: handleSubmit } = useApiForm({
    // A parent problem of a new item (say, retired meanwhile) has no field here: the summary lists it.
    fields: choosesParent ? [...FIELDS, 'parentId'] : FIELDS,
    validate: (data): Record<string, string> => {
      const position = formText(data, 'position');
      return position !== null && !(/^\d+$/.test(position) && Number(position) <= COMPETENCY_POSITION_MAX)
        ? { position: t('validation.invalid') }
        : {};
    },
    submit: (data) => {
      const position = formText(data, 'position');
      const parentId = formText(data, 'parentId');
      return onSubmit({
        code: formText(data, 'code') ?? '',
        name: formText(data, 'name') ?? '',
        description: formText(data, 'description'),
        ...(position !== null ? { position: Number(position) } : {}),
        ...(item && parentId ? { parentId } : {}),
      });
    },
  });

  return (
    <section className="panel cf-editor" aria-labelledby={`cf-editor-${item?.id ?? kind}`}>
      <h3 id={`cf-editor-${item?.id ?? kind}`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <form className="form" noValidate onSubmit={handleSubmit}>
        <FormErrorAlert message={failure} extra={extra} />
        <p className="muted">{t('common.requiredNote')}</p>
        <div className="grid-2">
          <TextField
            label={t('competencies.form.code')}
            name="code"
            required
            maxLength={32}
            pattern={CODE_PATTERN}
            data-pattern-message={t('competencies.form.codePattern')}
            autoComplete="off"
            hint={t('competencies.form.codeHint', { example: suggestedCode ?? item?.code ?? 'A08.2.1' })}
            defaultValue={item?.code ?? suggestedCode}
            error={errors.code}
          />
          <TextField
            label={t('competencies.form.position')}
            name="position"
            inputMode="numeric"
            hint={item ? t('competencies.form.positionHintEdit') : t('competencies.form.positionHint')}
            defaultValue={item ? String(item.position) : ''}
            required={Boolean(item)}
            error={errors.position}
          />
        </div>
        <TextField
          label={t('competencies.form.name')}
          name="name"
          required
          maxLength={COMPETENCY_NAME_MAX}
          defaultValue={item?.name}
          error={errors.name}
        />
        <TextAreaField
          label={t('competencies.form.description')}
          name="description"
          maxLength={COMPETENCY_DESCRIPTION_MAX}
          defaultValue={item?.description ?? ''}
          error={errors.description}
        />
        {item && choosesParent && parents ? (
          <SelectField
            label={kind === 'sub_area' ? t('competencies.form.parentArea') : t('competencies.form.parentSubArea')}
            name="parentId"
            required
            defaultValue={item.parentId ?? ''}
            error={errors.parentId}
          >
            {parents.map((parent) => (
              <option key={parent.id} value={parent.id}>
                {`${parent.code} — ${parent.name}`}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('common.saving') : submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
};
