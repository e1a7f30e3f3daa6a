import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldShellProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
  className?: string;
}

/** Label, hint and error around one control, tied together with for/id and aria-describedby. */
const FieldShell = ({ label, hint, error, required, children, className }: FieldShellProps) => {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <span className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </span>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
};

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  name: string;
  hint?: string;
  error?: string;
};

export const TextField = ({ label, hint, error, required, className, ...input }: TextFieldProps) => (
  <FieldShell label={label} hint={hint} error={error} required={required} className={className}>
    {({ id, describedBy }) => (
      <input
        id={id}
        type="text"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
    )}
  </FieldShell>
);

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  name: string;
  hint?: string;
  error?: string;
};

export const TextAreaField = ({ label, hint, error, required, className, ...textarea }: TextAreaFieldProps) => (
  <FieldShell label={label} hint={hint} error={error} required={required} className={className}>
    {({ id, describedBy }) => (
      <textarea
        id={id}
        rows={3}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
    )}
  </FieldShell>
);

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  children: ReactNode;
};

export const SelectField = ({ label, hint, error, required, className, children, ...select }: SelectFieldProps) => (
  <FieldShell label={label} hint={hint} error={error} required={required} className={className}>
    {({ id, describedBy }) => (
      <select
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {children}
      </select>
    )}
  </FieldShell>
);

interface CheckboxGroupProps {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValues?: readonly string[];
  error?: string;
  required?: boolean;
}

/** A set of checkboxes sharing one name, in a fieldset whose legend names the group. */
export const CheckboxGroup = ({ legend, name, options, defaultValues = [], error, required }: CheckboxGroupProps) => {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={['checkbox-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={errorId}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {legend}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValues.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  label: string;
  name: string;
  error?: string;
}

export const CheckboxField = ({ label, error, ...input }: CheckboxFieldProps) => {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input id={id} type="checkbox" aria-describedby={errorId} aria-invalid={error ? true : undefined} {...input} />
        {label}
      </label>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
};
