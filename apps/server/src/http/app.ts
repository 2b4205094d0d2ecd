import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { HttpDeps } from './deps';
import { sendError } from './errors';
import { healthRoutes } from './health';
import { sessionRoutes } from './sessions';
import { checkinRoutes } from './checkin/routes';
import { dashboardRoutes } from './checkin/dashboard-routes';
import { safetyRoutes } from './safety/routes';
import { watchedWordsRoutes } from './safety/watched-words-routes';
import { calendarFeedRoutes } from './schedule/calendar-feed';
import { myScheduleRoutes } from './schedule/my-schedule';
import { scheduleRoutes } from './schedule/routes';
import { groupRoutes } from './groups/routes';
import { moderationRoutes } from './groups/moderation-routes';
import { inviteRoutes } from './invites/routes';
import { meRoutes } from './me/routes';
import { staffRoutes } from './staff/routes';
import { webAppRoutes } from './web-app';

export interface HttpAppOptions {
  webDist: string;
  lifecycle: { closing: boolean };
}

export function createHttpApp(
  deps: HttpDeps,
  { webDist, lifecycle }: HttpAppOptions,
): express.Express {
  const { store, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Behind the reverse proxy in infra/ (on this machine) req.ip is the client's address, so the
  // per-client sign-in limit does not lump every client together.
  app.set('trust proxy', 'loopback');
  app.use((_req, res, next) => {
    // No referrer: a join link must not leak to other sites a participant visits.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
    next();
  });
  app.use(healthRoutes(store, lifecycle));
  // Before the API's no-store default: calendar apps may cache a feed for a few minutes.
  app.use(calendarFeedRoutes(deps));

  const api = Router();
  api.use(express.json({ limit: '64kb' }));
  api.use((_req, res, next) => {
    // Answers about people and accounts must never be cached by a shared device's browser.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  staffRoutes(api, deps);
  groupRoutes(api, deps);
  moderationRoutes(api, deps);
  inviteRoutes(api, deps);
  meRoutes(api, deps);
  scheduleRoutes(api, deps);
  myScheduleRoutes(api, deps);
  checkinRoutes(api, deps);
  dashboardRoutes(api, deps);
  safetyRoutes(api, deps);
  watchedWordsRoutes(api, deps);
  app.use(api);
  app.use(sessionRoutes(store, log));

  const web = webAppRoutes(webDist);
  if (web) app.use(web);
  else log.warn({ webDist }, 'web app not built: serving the API only');
  app.use('/api', (_req, res) => sendError(res, 404, 'NOT_FOUND', 'No such route.'));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (isBadJson(err)) {
      sendError(res, 400, 'INVALID_ARGUMENT', 'The request body is not valid JSON.');
      return;
    }
    log.error({ err }, 'http request failed');
    sendError(res, 500, 'INTERNAL', 'Something went wrong; try again.');
  });
  return app;
}

const isBadJson = (err: unknown): boolean =>
  typeof err === 'object' &&
  err !== null &&
  'type' in err &&
  (err.type === 'entity.parse.failed' || err.type === 'entity.too.large');
