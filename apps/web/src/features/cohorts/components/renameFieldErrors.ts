import { ApiError, isApiError } from '../../../app/http';

/**
 * Runs a request and, if the API refuses it, moves its field messages onto the form's own field
 * names (the session form asks for a day and two times where the API speaks of two instants).
 */
export const withFieldNames = async <T>(send: () => Promise<T>, names: Record<string, string>): Promise<T> => {
  try {
    return await send();
  } catch (error) {
    if (!isApiError(error) || !error.problem.errors) throw error;
    throw new ApiError(error.status, {
      ...error.problem,
      errors: error.problem.errors.map((e) => ({ ...e, field: names[e.field] ?? e.field })),
    });
  }
};
