import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView, HttpBody, Result, ScheduledSession } from '@haven/protocol';
import { useNow } from '../../ui/use-now';
import { SubmitStatus } from '../staff/SubmitStatus';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { comingSessions, seriesToStop } from './schedule-list';
import { ScheduledItem, type Panel } from './ScheduledItem';
import { SeriesList } from './SeriesList';

type Change = HttpBody<'schedule:update-session'>;
type Done = 'moved' | 'cancelledDone' | 'restored' | 'stopped';

interface ScheduleListProps {
  group: GroupView;
  sessions: readonly ScheduledSession[];
  canEdit: boolean;
  onChanged: () => void;
}

/**
 * Coming sessions, and the series that can still be stopped. One change at a time, each said
 * in the status line under the list; the list is then loaded again.
 */
export function ScheduleList({ group, sessions, canEdit, onChanged }: ScheduleListProps) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  // The pressed button goes away with its panel: focus waits at the list's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [done, setDone] = useState<Done>('moved');
  const action = useSubmit<unknown>();
  // Read again each minute, so a session that ends leaves the list while the page stays open.
  const now = useNow(true, 60_000);
  const coming = comingSessions(sessions, now);

  const apply = (kind: Done, send: () => Promise<Result<unknown>>) => {
    setDone(kind);
    void action.run(send).then((result) => {
      if (!result?.ok) return;
      setPanel(null);
      onChanged();
      heading.current?.focus();
    });
  };
  const update = (session: ScheduledSession, body: Change, kind: Done) =>
    apply(kind, () =>
      staffCall('schedule:update-session', {
        params: { groupId: group.id, sessionId: session.id },
        body,
      }),
    );
  const stop = (seriesId: string) =>
    apply('stopped', () =>
      staffCall('schedule:stop-series', { params: { groupId: group.id, seriesId } }),
    );

  return (
    <>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('schedule.listHeading')}
      </h3>
      {coming.length === 0 ? (
        <p>{t('schedule.none')}</p>
      ) : (
        <ul className="item-list" aria-labelledby={headingId}>
          {coming.map((session) => (
            <ScheduledItem
              key={session.id}
              session={session}
              canEdit={canEdit}
              busy={action.busy}
              panel={panel?.sessionId === session.id ? panel : null}
              onPanel={setPanel}
              onMove={(start) => update(session, { start }, 'moved')}
              onCancel={() => update(session, { cancelled: true }, 'cancelledDone')}
              onRestore={() => update(session, { cancelled: false }, 'restored')}
            />
          ))}
        </ul>
      )}
      {canEdit && (
        <SeriesList
          series={seriesToStop(coming)}
          timeZone={group.timeZone}
          busy={action.busy}
          onStop={stop}
        />
      )}
      <SubmitStatus state={action.state} busy={t('common.saving')} done={t(`schedule.${done}`)} />
    </>
  );
}
