import { Router } from 'express';
import type { Store } from '../store/store';

export function healthRoutes(store: Store, lifecycle: { closing: boolean }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    if (lifecycle.closing) {
      res.status(503).json({ status: 'closing' });
      return;
    }
    store.ping().then(
      () => res.json({ status: 'ok', store: store.dialect }),
      () => res.status(503).json({ status: 'unavailable' }),
    );
  });
  return router;
}
