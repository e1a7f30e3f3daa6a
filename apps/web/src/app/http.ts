import { createApiClient } from '@campus/api-client';
import type { Problem } from '@campus/api-client';
import { getAccessToken, refreshSession } from './session';

/**
 * The one place the SPA talks HTTP: the typed client generated from the API's OpenAPI document,
 * with the in-memory access token and one refresh on 401. Feature `api/` modules call
 * `call(() => api.GET(...))`, which returns the data or throws an `ApiError`.
 */
export const api = createApiClient({
  getAccessToken,
  onUnauthorized: async () => (await refreshSession()) !== null,
});

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  /** Errors by field name (`email`, `currentPassword`, …), first message wins. */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      if (error.field && !(error.field in result)) result[error.field] = error.message;
    }
    return result;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const toProblem = (body: unknown, response: Response): Problem => {
  const problem = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
  return {
    ...problem,
    title: problem.title ?? (response.statusText || 'Error'),
    status: problem.status ?? response.status,
  };
};

interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Sends a request and unwraps the answer. The client itself replays only reads after refreshing
 * the token; here a write (and /api/auth/me, which the client leaves alone) is sent once more with
 * the new token. `refresh: false` for the session endpoints themselves.
 */
export const call = async <T>(
  send: () => Promise<CallResult<T>>,
  { refresh = true }: { refresh?: boolean } = {},
): Promise<T> => {
  const tokenBefore = getAccessToken();
  let result: CallResult<T>;
  try {
    result = await send();
    if (result.response.status === 401 && refresh) {
      let token = getAccessToken();
      if (token && token === tokenBefore) {
        await refreshSession();
        token = getAccessToken();
      }
      if (token && token !== tokenBefore) result = await send();
    }
  } catch {
    throw new ApiError(0, { title: 'Network error', status: 0 });
  }
  if (!result.response.ok) throw new ApiError(result.response.status, toProblem(result.error, result.response));
  return result.data as T;
};
