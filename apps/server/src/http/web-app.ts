import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
        if (path.includes(`${join(webDist, 'assets')}`))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.get(/^\/(?!api\/|socket\.io\/|healthz).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
