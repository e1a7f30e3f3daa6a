import createClient from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { paths, components };
/** DTO shapes of the API, by class name (e.g. `Schemas['UserDto']`). */
export type Schemas = components['schemas'];

export interface ApiClientOptions {
  /** Origin of the API; empty for same-origin (the SPA is served by the API). */
  baseUrl?: string;
  /** Returns the current access token, if any. */
  getAccessToken: () => string | null;
  /**
   * Called once when a request answers 401 (for example to refresh the access token through the
   * httpOnly refresh cookie). Resolve to true to retry the request with the new token.
   */
  onUnauthorized?: () => Promise<boolean>;
}

/** Typed client over the API's OpenAPI document (`libs/api-client/openapi.json`). */
export const createApiClient = ({ baseUrl = '', getAccessToken, onUnauthorized }: ApiClientOptions) => {
  const client = createClient<paths>({ baseUrl, credentials: 'include' });
  const retried = new WeakSet<Request>();
  const auth: Middleware = {
    onRequest({ request }) {
      const token = getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ request, response }) {
      if (response.status !== 401 || !onUnauthorized || retried.has(request)) return response;
      if (request.url.includes('/api/auth/')) return response;
      if (!(await onUnauthorized())) return response;
      // Bodies are consumed by the first attempt: only reads are replayed; writes surface the 401.
      if (request.method !== 'GET') return response;
      const retry = new Request(request);
      retried.add(retry);
      const token = getAccessToken();
      if (token) retry.headers.set('Authorization', `Bearer ${token}`);
      return fetch(retry);
    },
  };
  client.use(auth);
  return client;
};

export type ApiClient = ReturnType<typeof createApiClient>;

/** Body of an error answer (application/problem+json). */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  /** Present on validation errors: one entry per bad field (and per row for imports). */
  errors?: { field: string; message: string; line?: number }[];
}
