import { Id } from '@haven/protocol';
import { Router } from 'express';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { sendError } from './errors';

/** What the join page needs before anyone joins: titles, language and the agreement. */
export function sessionRoutes(store: Store, log: Logger): Router {
  const router = Router();
  router.get('/api/sessions/:sessionId', (req, res) => {
    const id = Id.safeParse(req.params.sessionId);
    if (!id.success) {
      sendError(res, 404, 'NOT_FOUND', 'This session does not exist.');
      return;
    }
    store.sessions.find(id.data).then(
      (session) => {
        if (session) res.json(session.info);
        else sendError(res, 404, 'NOT_FOUND', 'This session does not exist.');
      },
      (err: unknown) => {
        log.error({ err }, 'session lookup failed');
        sendError(res, 500, 'INTERNAL', 'Something went wrong; try again.');
      },
    );
  });
  return router;
}
