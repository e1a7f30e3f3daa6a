import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContext {
  requestId: string;
  ip: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The request being served (id and client address), wherever the code runs within it. */
export const currentRequest = (): RequestContext | undefined => storage.getStore();

const REQUEST_ID = /^[\w-]{1,64}$/;

/**
 * First middleware: takes the caller's X-Request-Id (when well-formed) or makes one, echoes it in
 * the response, and keeps it with the client address for the logger and the audit log.
 */
export const requestContextMiddleware = (request: Request, response: Response, next: NextFunction): void => {
  const incoming = request.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  request.headers['x-request-id'] = requestId;
  response.setHeader('X-Request-Id', requestId);
  storage.run({ requestId, ip: request.ip ?? null }, next);
};
