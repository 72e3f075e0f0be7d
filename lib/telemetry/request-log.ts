import 'server-only';

import type { IncomingMessage, ServerResponse } from 'node:http';

import type { RequestContext } from '@/lib/server/request-context';

import { isStaticAsset, routePatternOf } from './route-pattern';

/**
 * What a request's log line says. Only these fields: never the raw path (ids, an invite token), the query, a
 * header or a body. `status` 499 is a client that left before the answer was complete (nginx's convention).
 */
export type RequestLogFields = {
  requestId: string;
  userId?: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  upstreamMs?: number;
  upstreamCalls?: number;
};

/** Milliseconds, to a tenth: finer is noise, coarser hides the fast answers. */
export const roundMs = (ms: number) => Math.round(ms * 10) / 10;

/**
 * The route a request is counted and logged under: the proxy's own pattern for an `/api` call. A page that loads
 * its data through the proxy in-process (lib/server/page-data) also gets a route set by it, which is the data's,
 * not the page's: pages are named by their path.
 */
export function routeOf(context: RequestContext): string {
  if (context.route !== undefined && context.path.startsWith('/api/')) return context.route;
  return routePatternOf(context.path);
}

/** The status a response ended with, 499 when the client closed the connection before it was sent. */
export function statusOf(response: Pick<ServerResponse, 'statusCode' | 'writableFinished'>): number {
  return response.writableFinished ? response.statusCode : 499;
}

/** Methods by their name; anything else is OTHER (a made-up method must not become a metric label). */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']);
export const methodLabel = (method: string) => (METHODS.has(method) ? method : 'OTHER');

export function requestLogFields(
  context: RequestContext,
  status: number,
  durationMs: number,
): RequestLogFields {
  const fields: RequestLogFields = {
    requestId: context.id,
    userId: context.userId,
    method: methodLabel(context.method),
    route: routeOf(context),
    status,
    durationMs: roundMs(durationMs),
  };
  if (context.upstreamCalls > 0) {
    fields.upstreamMs = roundMs(context.upstreamMs);
    fields.upstreamCalls = context.upstreamCalls;
  }
  return fields;
}

/** The level a request's line is written at: static files and scrapes at debug, the rest at info. */
export function requestLogLevel(route: string): 'debug' | 'info' {
  return isStaticAsset(route) || route === '/metrics' ? 'debug' : 'info';
}

export type RequestLine = { level: 'debug' | 'info'; fields: RequestLogFields };

export function requestLine(
  context: RequestContext,
  _request: IncomingMessage,
  response: ServerResponse,
  now: bigint = process.hrtime.bigint(),
): RequestLine {
  const durationMs = Number(now - context.startedAt) / 1e6;
  const fields = requestLogFields(context, statusOf(response), durationMs);
  return { level: requestLogLevel(fields.route), fields };
}
