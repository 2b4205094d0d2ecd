import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { sendError } from './errors';
import { healthRoutes } from './health';
import { sessionRoutes } from './sessions';
import { webAppRoutes } from './web-app';

export interface HttpDeps {
  store: Store;
  log: Logger;
  webDist: string;
  lifecycle: { closing: boolean };
}

export function createHttpApp({ store, log, webDist, lifecycle }: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
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
  app.use(sessionRoutes(store, log));
  const web = webAppRoutes(webDist);
  if (web) app.use(web);
  else log.warn({ webDist }, 'web app not built: serving the API only');
  app.use('/api', (_req, res) => sendError(res, 404, 'NOT_FOUND', 'No such route.'));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    log.error({ err }, 'http request failed');
    sendError(res, 500, 'INTERNAL', 'Something went wrong; try again.');
  });
  return app;
}
