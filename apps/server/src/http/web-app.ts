import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built web app. Any other GET that is not the API is a client-side route (such as
 * a join link), so it gets index.html.
 */
export function webAppRoutes(webDist: string): Router | null {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return null;
  const router = Router();
  router.use(
    express.static(webDist, {
      index: false,
      setHeaders: (res, path) => {
        // Hashed assets never change; index.html must always be fresh.
        if (path.startsWith(join(webDist, 'assets', sep)))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        // The quick exit's page, fetched ahead by every participant page: kept a day, it shows
        // at once from the cache, even with no network. Its names carry no hash, so not longer.
        else if (path.startsWith(join(webDist, 'recipes', sep)))
          res.setHeader('Cache-Control', 'public, max-age=86400');
      },
    }),
  );
  router.get(/^\/(?!api\/|socket\.io\/|healthz).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
