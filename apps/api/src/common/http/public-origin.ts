import type { Request } from 'express';

/**
 * Where links the API hands out point (activation links, calendar feeds, CASE URIs): PUBLIC_URL
 * when configured, otherwise the address the request came to (behind a proxy, with TRUST_PROXY).
 */
export const publicOrigin = (publicUrl: string | undefined | null, request: Request): string =>
  (publicUrl ?? `${request.protocol}://${request.get('host')}`).replace(/\/+$/, '');
