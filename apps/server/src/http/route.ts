import {
  CSRF_HEADER,
  httpRoutes,
  type HttpParams,
  type HttpReply,
  type HttpRouteName,
  type RouteAuth,
} from '@haven/protocol';
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { sameSecret } from '../auth/tokens';
import { HavenError } from '../errors';
import type { HttpDeps } from './deps';
import { sendError } from './errors';
import { resolvePrincipal, type HttpPrincipal } from './principal';
import { HTTP_STATUS } from './status';

export interface RouteContext<R extends HttpRouteName> {
  req: Request;
  res: Response;
  params: HttpParams<R>;
  body: z.output<(typeof httpRoutes)[R]['body']>;
  principal: HttpPrincipal;
  deps: HttpDeps;
}

type StaffPrincipal = Extract<HttpPrincipal, { kind: 'staff' }>;
type ParticipantPrincipal = Extract<HttpPrincipal, { kind: 'participant' }>;

/** The principal the route's `auth` guarantees to its handler. */
export type ContextFor<R extends HttpRouteName> = RouteContext<R> & {
  principal: (typeof httpRoutes)[R]['auth'] extends 'staff'
    ? StaffPrincipal
    : (typeof httpRoutes)[R]['auth'] extends 'participant'
      ? ParticipantPrincipal
      : HttpPrincipal;
};

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');

/** A browser's cross-site request names another origin; same-origin or non-browser ones do not. */
function fromOtherSite(req: Request): boolean {
  const origin = req.headers.origin;
  if (!origin) return req.headers['sec-fetch-site'] === 'cross-site';
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/**
 * Mounts one route of the catalog. Every route passes the same boundary: cross-site changes
 * refused → params and body parsed → caller identified (cookie or device token, never the
 * body) → the route's auth kind required → CSRF token checked on staff changes → handler.
 */
export function mountRoute<R extends HttpRouteName>(
  router: Router,
  name: R,
  deps: HttpDeps,
  handler: (ctx: ContextFor<R>) => Promise<HttpReply<R>>,
): void {
  const spec = httpRoutes[name];
  const auth: RouteAuth = spec.auth;
  const method = spec.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  router[method](spec.path, (req: Request, res: Response) => {
    run(req, res).catch((err: unknown) => {
      deps.log.error({ err, route: name }, 'route failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Something went wrong; try again.');
    });
  });

  async function run(req: Request, res: Response): Promise<void> {
    try {
      const changes = CHANGES.has(spec.method);
      if (changes && fromOtherSite(req))
        throw new HavenError('FORBIDDEN', 'Requests from other sites are not accepted.');
      const params = spec.params.safeParse({ ...req.params });
      if (!params.success) throw new HavenError('INVALID_ARGUMENT', describeIssues(params.error));
      const body = spec.body.safeParse(changes ? (req.body ?? {}) : {});
      if (!body.success) throw new HavenError('INVALID_ARGUMENT', describeIssues(body.error));

      const principal = await resolvePrincipal(req, deps.store, deps.now());
      if (auth === 'staff') {
        if (principal.kind !== 'staff') throw new HavenError('UNAUTHENTICATED', 'Sign in first.');
        const sent = req.headers[CSRF_HEADER];
        if (changes && !(typeof sent === 'string' && sameSecret(sent, principal.csrfToken)))
          throw new HavenError('FORBIDDEN', 'Missing or wrong CSRF token; reload the page.');
      }
      if (auth === 'participant' && principal.kind !== 'participant')
        throw new HavenError(
          'UNAUTHENTICATED',
          'This device is not known; open your invite link again.',
        );

      const reply = await handler({
        req,
        res,
        params: params.data as HttpParams<R>,
        body: body.data as z.output<(typeof httpRoutes)[R]['body']>,
        principal,
        deps,
      } as ContextFor<R>);
      res.status(200).json(reply);
    } catch (error) {
      if (!(error instanceof HavenError)) throw error;
      sendError(res, HTTP_STATUS[error.code], error.code, error.message);
    }
  }
}
