import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/** The attributes that tie a control to its label, hint and error. */
interface ControlProps {
  id: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FieldShellProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
  className?: string;
}

const RequiredMark = ({ required }: { required?: boolean }) =>
  required ? (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  ) : null;

const FieldError = ({ id, error }: { id?: string; error?: string }) =>
  error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;

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
        <RequiredMark required={required} />
      </span>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      <FieldError id={errorId} error={error} />
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
    {(control) => <input type="text" {...control} {...input} />}
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
    {(control) => <textarea rows={3} {...control} {...textarea} />}
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
    {(control) => (
      <select {...control} {...select}>
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
        <RequiredMark required={required} />
      </legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValues.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} error={error} />
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
      <FieldError id={errorId} error={error} />
    </div>
  );
};
