import type { TFunction } from 'i18next';

export type FieldErrors = Record<string, string>;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (element: Element): element is Control =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;

/**
 * Reads the browser's constraint validation (required, type=email, pattern, minLength…) of a
 * `noValidate` form and turns it into messages in the interface language, by field name.
 */
export const validateForm = (form: HTMLFormElement, t: TFunction): FieldErrors => {
  const errors: FieldErrors = {};
  for (const element of Array.from(form.elements)) {
    if (!isControl(element) || !element.name || element.name in errors || element.validity.valid) continue;
    const { validity } = element;
    if (validity.valueMissing) errors[element.name] = t('validation.required');
    else if (validity.typeMismatch && element.type === 'email') errors[element.name] = t('validation.email');
    else if (validity.tooShort && 'minLength' in element) errors[element.name] = t('validation.tooShort', { min: element.minLength });
    else if (validity.tooLong && 'maxLength' in element) errors[element.name] = t('validation.tooLong', { max: element.maxLength });
    else if (validity.patternMismatch) errors[element.name] = element.dataset.patternMessage || t('validation.pattern');
    else errors[element.name] = t('validation.invalid');
  }
  return errors;
};

/** Moves focus to the first field that has an error, in document order. */
export const focusFirstError = (form: HTMLFormElement | null, errors: FieldErrors): void => {
  if (!form) return;
  const first = Array.from(form.elements).find(
    (element): element is Control => isControl(element) && element.name in errors,
  );
  first?.focus();
};

/** Trimmed string value of a form field; empty strings become null. */
export const formText = (data: FormData, name: string): string | null => {
  const value = data.get(name);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
