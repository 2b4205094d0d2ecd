import { Router } from 'express';
import { hashSecret } from '../../auth/tokens';
import { calendarFile } from '../../schedule/calendar';
import { HORIZON_DAYS, keepScheduled } from '../../schedule/plan';
import type { HttpDeps } from '../deps';
import { sendError } from '../errors';
import { toCalendarEvent } from './my-schedule';

const DAY_MS = 86_400_000;
const FEED_BACK_DAYS = 30;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * A member's private calendar feed, fetched by calendar apps that send no cookie or device
 * token: the unguessable token in the path is the whole credential. It is outside the route
 * catalog because it answers text/calendar, not JSON. A member who left or was removed, or an
 * archived group, gets 404, as does a replaced token.
 */
export function calendarFeedRoutes(deps: HttpDeps): Router {
  const router = Router();
  router.get('/api/calendar/:file', (req, res) => {
    const token = /^(.*)\.ics$/.exec(req.params.file)?.[1] ?? '';
    const notFound = () => sendError(res, 404, 'NOT_FOUND', 'No such calendar.');
    if (!TOKEN.test(token)) {
      notFound();
      return;
    }
    void (async () => {
      const membership = await deps.store.participants.byFeedToken(hashSecret(token));
      const group = membership && (await deps.store.groups.find(membership.groupId));
      if (!membership || membership.status !== 'admitted' || !group || group.archivedAt) {
        notFound();
        return;
      }
      const now = deps.clock.now();
      await keepScheduled(
        deps.store,
        deps.ids,
        await deps.store.schedule.runningSeries(group.id),
        now,
      );
      const sessions = await deps.store.schedule.between(
        [group.id],
        new Date(now - FEED_BACK_DAYS * DAY_MS).toISOString(),
        new Date(now + HORIZON_DAYS * DAY_MS).toISOString(),
      );
      res
        .status(200)
        .set({
          'content-type': 'text/calendar; charset=utf-8',
          'cache-control': 'private, max-age=300',
          'referrer-policy': 'no-referrer',
        })
        .send(calendarFile('Haven', sessions.map(toCalendarEvent), new Date(now)));
    })().catch((err: unknown) => {
      deps.log.error({ err }, 'calendar feed failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Something went wrong; try again.');
    });
  });
  return router;
}
