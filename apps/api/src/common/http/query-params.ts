/** Shared pieces of the query-string DTOs (filters in the address). */

/** A calendar date in the address, `AAAA-MM-DD`. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_DATE_MESSAGE = 'Debe ser una fecha (AAAA-MM-DD)';

/** class-transformer `@Transform`: a blank filter in the address (`?accion=`) means "no filter". */
export const blankToUndefined = ({ value }: { value: unknown }) => {
  const trimmed = typeof value === 'string' ? value.trim() : value;
  return trimmed === '' ? undefined : trimmed;
};
