import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSdgTarget, MODALITIES, sdgGoalOf, SUGGESTED_SDG_TARGETS } from '@campus/domain';
import { CheckboxField, SelectField, TextField } from '../../../shared/Field';
import type { FrameworkArea } from '../hooks/useFrameworkAreas';
import type { CatalogueFilterValues } from '../filterValues';

interface Props {
  values: CatalogueFilterValues;
  areas: FrameworkArea[];
  onChange: (values: CatalogueFilterValues) => void;
}

const GOALS = Array.from({ length: 17 }, (_, index) => String(index + 1));

/** The suggested targets, plus the one in the address if it is another valid target (a shared link). */
const targetOptions = (current: string): string[] =>
  isSdgTarget(current) && !(SUGGESTED_SDG_TARGETS as readonly string[]).includes(current)
    ? [...SUGGESTED_SDG_TARGETS, current]
    : [...SUGGESTED_SDG_TARGETS];

/**
 * Search box and filters of the catalogue. A choice in a list or the checkbox applies at once;
 * the text and the dates on "Buscar" or Enter. Choosing another area clears a sub-area of a
 * different one.
 */
export const CatalogueFiltersForm = ({ values, areas, onChange }: Props) => {
  const { t } = useTranslation();
  const [dateError, setDateError] = useState<string | undefined>();
  const subAreas = areas.find((area) => area.id === values.areaId)?.subAreas ?? [];

  const read = (form: HTMLFormElement): CatalogueFilterValues => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const areaId = text('areaId');
    const subAreaId = text('subAreaId');
    const inArea =
      areas.find((area) => area.id === areaId)?.subAreas.some((sub) => sub.id === subAreaId) ??
      false;
    return {
      search: text('search'),
      areaId,
      subAreaId: inArea ? subAreaId : '',
      modality: text('modality'),
      from: text('from'),
      to: text('to'),
      sdg: text('sdg'),
      open: data.get('open') === 'on',
    };
  };

  const apply = (form: HTMLFormElement) => {
    const next = read(form);
    if (next.from && next.to && next.to < next.from) {
      setDateError(t('validation.dateOrder'));
      form.querySelector<HTMLInputElement>('input[name="to"]')?.focus();
      return;
    }
    setDateError(undefined);
    onChange(next);
  };
  const applyNow = (event: ChangeEvent<HTMLSelectElement | HTMLInputElement>) => {
    if (event.currentTarget.form) apply(event.currentTarget.form);
  };

  return (
    <form
      role="search"
      aria-label={t('catalogue.filters')}
      className="filters catalogue-filters"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
    >
      <TextField
        key={`search:${values.search}`}
        label={t('catalogue.search')}
        name="search"
        type="search"
        hint={t('catalogue.searchHint')}
        defaultValue={values.search}
        maxLength={200}
        className="filters-search"
      />
      <SelectField
        label={t('catalogue.area')}
        name="areaId"
        value={values.areaId}
        onChange={applyNow}
      >
        <option value="">{t('catalogue.allAreas')}</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('catalogue.subArea')}
        name="subAreaId"
        value={values.subAreaId}
        onChange={applyNow}
        disabled={subAreas.length === 0}
      >
        <option value="">
          {values.areaId ? t('catalogue.allSubAreas') : t('catalogue.chooseAreaFirst')}
        </option>
        {subAreas.map((sub) => (
          <option key={sub.id} value={sub.id}>
            {sub.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('catalogue.modality')}
        name="modality"
        value={values.modality}
        onChange={applyNow}
      >
        <option value="">{t('catalogue.allModalities')}</option>
        {MODALITIES.map((modality) => (
          <option key={modality} value={modality}>
            {t(`catalogue.modalities.${modality}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('catalogue.sdg')} name="sdg" value={values.sdg} onChange={applyNow}>
        <option value="">{t('catalogue.allSdg')}</option>
        <optgroup label={t('catalogue.sdgGoalsGroup')}>
          {GOALS.map((goal) => (
            <option key={goal} value={goal}>
              {t('catalogue.sdgGoalOption', { goal, name: t(`catalogue.sdgGoals.${goal as '1'}`) })}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('catalogue.sdgTargetsGroup')}>
          {targetOptions(values.sdg).map((target) => (
            <option key={target} value={target}>
              {t('catalogue.sdgTargetOption', { target, goal: sdgGoalOf(target) })}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <TextField
        key={`from:${values.from}`}
        label={t('catalogue.from')}
        name="from"
        type="date"
        defaultValue={values.from}
      />
      <TextField
        key={`to:${values.to}`}
        label={t('catalogue.to')}
        name="to"
        type="date"
        defaultValue={values.to}
        error={dateError}
      />
      <CheckboxField
        label={t('catalogue.openOnly')}
        name="open"
        checked={values.open}
        onChange={applyNow}
      />
      <div className="filters-actions">
        <button type="submit" className="button">
          {t('catalogue.submit')}
        </button>
      </div>
    </form>
  );
};
