import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors, errorMessage } from './errors';
import { focusFirstError, validateForm } from './validation';
import type { FieldErrors } from './validation';

interface ApiFormOptions {
  /** Sends the form; rejects with the API's error, whose field messages go beside the fields. */
  submit: (data: FormData, form: HTMLFormElement) => Promise<unknown>;
  /** Checks beyond the browser's own constraints (required, pattern…), which win for a field. */
  validate?: (data: FormData) => FieldErrors;
  /**
   * The fields the form shows. When given, API messages about any other field are listed in the
   * error summary (`extra`), since they deserve to be read too.
   */
  fields?: readonly string[];
  /** Whether a form refused before sending says "Revise los campos marcados." in the summary (default). */
  summarizeInvalid?: boolean;
}

type Failure = { kind: 'invalid' } | { kind: 'api'; error: unknown } | null;

export interface ApiForm {
  /** Message per field name, for each field's `error`. */
  errors: FieldErrors;
  /** The sentence of the error summary, or null when there is nothing to say. */
  failure: string | null;
  /** The API error of the last attempt, for forms that describe it their own way. */
  apiError: unknown;
  /** API messages about fields the form does not show, as "field: message". */
  extra: string[];
  pending: boolean;
  /** The last attempt was sent and accepted. */
  succeeded: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * The submit cycle of a `noValidate` form that talks to the API: validate in the interface
 * language, send, then put the API's field messages beside the fields (aria-invalid), summarise
 * the failure and move the focus to the first field in error.
 */
export const useApiForm = ({
  submit,
  validate,
  fields,
  summarizeInvalid = true,
}: ApiFormOptions): ApiForm => {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Failure>(null);
  const [pending, setPending] = useState(false);
  const [succeeded, setSucceeded] = useState(false);

  const send = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const found = { ...validate?.(data), ...validateForm(form, t) };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      if (summarizeInvalid) setFailure({ kind: 'invalid' });
      focusFirstError(form, found);
      return;
    }
    setFailure(null);
    setSucceeded(false);
    setPending(true);
    try {
      await submit(data, form);
      setSucceeded(true);
    } catch (error) {
      const byField = apiFieldErrors(error);
      setErrors(byField);
      setFailure({ kind: 'api', error });
      focusFirstError(form, byField);
    } finally {
      setPending(false);
    }
  };

  return {
    errors,
    failure:
      failure?.kind === 'invalid'
        ? t('common.fixFields')
        : failure
          ? errorMessage(failure.error, t)
          : null,
    apiError: failure?.kind === 'api' ? failure.error : null,
    extra: fields
      ? Object.entries(errors)
          .filter(([field]) => !fields.includes(field))
          .map(([field, message]) => t('common.fieldError', { field, message }))
      : [],
    pending,
    succeeded,
    onSubmit: (event) => {
      event.preventDefault();
      void send(event.currentTarget);
    },
  };
};
