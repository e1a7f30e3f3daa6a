import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../shared/Field';
import { actionGroup, actionLabel, entityTypeLabel, groupLabel } from './auditLabels';

/** The filters as the form and the address hold them ('' for none). */
export interface AuditFilterValues {
  from: string;
  to: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  requestId: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = {
  from: '',
  to: '',
  actor: '',
  action: '',
  entityType: '',
  entityId: '',
  requestId: '',
};

interface AuditFiltersFormProps {
  values: AuditFilterValues;
  actions: readonly string[];
  entityTypes: readonly string[];
  /** Errors by filter name, from the API's answer. */
  errors: Record<string, string>;
  onChange: (values: AuditFilterValues) => void;
}

const read = (form: HTMLFormElement): AuditFilterValues => {
  const data = new FormData(form);
  const value = (name: keyof AuditFilterValues) => String(data.get(name) ?? '').trim();
  return {
    from: value('from'),
    to: value('to'),
    actor: value('actor'),
    action: value('action'),
    entityType: value('entityType'),
    entityId: value('entityId'),
    requestId: value('requestId'),
  };
};

/**
 * Desde, Hasta, Persona, Acción, Tipo de registro, Id del registro and Id de solicitud. The lists
 * apply at once, the rest on "Filtrar" or Enter. The action list offers, per kind, "all of them"
 * (a prefix such as `enrolment.`) and each action.
 */
export const AuditFiltersForm = ({
  values,
  actions,
  entityTypes,
  errors,
  onChange,
}: AuditFiltersFormProps) => {
  const { t } = useTranslation();
  const apply = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) onChange(read(event.currentTarget.form));
  };
  const byGroup = new Map<string, string[]>();
  const known = new Set(actions);
  if (values.action && !values.action.endsWith('.') && !known.has(values.action))
    known.add(values.action);
  for (const action of [...known].sort())
    byGroup.set(actionGroup(action), [...(byGroup.get(actionGroup(action)) ?? []), action]);
  const groups = [...byGroup.keys()].sort((a, b) =>
    groupLabel(t, a).localeCompare(groupLabel(t, b), 'es'),
  );
  if (values.action.endsWith('.') && !byGroup.has(values.action.slice(0, -1)))
    groups.push(values.action.slice(0, -1));
  const types = [
    ...new Set([...entityTypes, ...(values.entityType ? [values.entityType] : [])]),
  ].sort((a, b) => entityTypeLabel(t, a).localeCompare(entityTypeLabel(t, b), 'es'));

  return (
    <form
      role="search"
      aria-label={t('audit.filters.label')}
      className="filters audit-filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onChange(read(event.currentTarget));
      }}
    >
      <TextField
        label={t('audit.filters.from')}
        name="from"
        type="date"
        defaultValue={values.from}
        error={errors.from}
      />
      <TextField
        label={t('audit.filters.to')}
        name="to"
        type="date"
        defaultValue={values.to}
        min={values.from || undefined}
        error={errors.to}
      />
      <TextField
        label={t('audit.filters.actor')}
        name="actor"
        type="search"
        hint={t('audit.filters.actorHint')}
        defaultValue={values.actor}
        error={errors.actor}
      />
      <SelectField
        label={t('audit.filters.action')}
        name="action"
        value={values.action}
        onChange={apply}
        error={errors.action}
      >
        <option value="">{t('audit.filters.allActions')}</option>
        {groups.map((group) => (
          <optgroup key={group} label={groupLabel(t, group)}>
            <option value={`${group}.`}>
              {t('audit.filters.allOfGroup', { group: groupLabel(t, group) })}
            </option>
            {(byGroup.get(group) ?? []).map((action) => (
              <option key={action} value={action}>
                {actionLabel(t, action)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        label={t('audit.filters.entityType')}
        name="entityType"
        value={values.entityType}
        onChange={apply}
        error={errors.entityType}
      >
        <option value="">{t('audit.filters.allEntityTypes')}</option>
        {types.map((type) => (
          <option key={type} value={type}>
            {entityTypeLabel(t, type)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('audit.filters.entityId')}
        name="entityId"
        defaultValue={values.entityId}
        error={errors.entityId}
        spellCheck={false}
        autoComplete="off"
      />
      <TextField
        label={t('audit.filters.requestId')}
        name="requestId"
        defaultValue={values.requestId}
        error={errors.requestId}
        spellCheck={false}
        autoComplete="off"
      />
      <div className="filters-actions row-actions">
        <button type="submit" className="button">
          {t('audit.filters.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange(EMPTY_AUDIT_FILTERS)}
        >
          {t('audit.filters.clear')}
        </button>
      </div>
    </form>
  );
};
