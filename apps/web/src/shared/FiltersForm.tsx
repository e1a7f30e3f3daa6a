import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './Field';

/** Filter values (strings) by the names of the form's controls; `search` is the text box. */
interface FilterValues {
  search: string;
}

interface FiltersFormProps<V extends FilterValues> {
  /** Names the search landmark. */
  label: string;
  searchLabel: string;
  searchHint: string;
  values: V;
  onChange: (values: V) => void;
  /** The lists, each given `apply` as its onChange so that a choice applies at once. */
  children: (apply: (event: ChangeEvent<HTMLSelectElement>) => void) => ReactNode;
}

/** Search box and filters; a choice in a list applies at once, the text on "Buscar" or Enter. */
export const FiltersForm = <V extends FilterValues>({
  label,
  searchLabel,
  searchHint,
  values,
  onChange,
  children,
}: FiltersFormProps<V>) => {
  const { t } = useTranslation();
  // Every value is read back under its own name; a filter the form leaves out reads as ''.
  const read = (form: HTMLFormElement): V => {
    const data = new FormData(form);
    const next = Object.fromEntries(
      Object.keys(values).map((name) => [name, String(data.get(name) ?? '')]),
    );
    return { ...next, search: next.search.trim() } as V;
  };
  const apply = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) onChange(read(event.currentTarget.form));
  };

  return (
    <form
      role="search"
      aria-label={label}
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(read(event.currentTarget));
      }}
    >
      <TextField
        label={searchLabel}
        name="search"
        type="search"
        hint={searchHint}
        defaultValue={values.search}
        className="filters-search"
      />
      {children(apply)}
      <div className="filters-actions">
        <button type="submit" className="button">
          {t('common.search')}
        </button>
      </div>
    </form>
  );
};
