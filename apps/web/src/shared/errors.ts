import type { TFunction } from 'i18next';
import { isApiError } from '../app/http';

/** One sentence for an error, for an alert: the API's own explanation when it gives one. */
export const errorMessage = (error: unknown, t: TFunction): string => {
  if (!isApiError(error)) return t('common.genericError');
  if (error.status === 0) return t('common.networkError');
  if (error.problem.detail) return error.problem.detail;
  if (error.status === 403) return t('common.forbiddenAction');
  if (error.status === 404) return t('common.notFound');
  if (error.status === 409) return t('common.conflict');
  if (error.status === 400 || error.status === 422) return t('common.fixFields');
  return t('common.genericError');
};

/** Field errors of an API answer, by field name. */
export const apiFieldErrors = (error: unknown): Record<string, string> => (isApiError(error) ? error.fieldErrors : {});
