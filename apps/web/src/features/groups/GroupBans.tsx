import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView } from '@haven/protocol';
import { formatDate } from '../../ui/format-date';
import { LoadStatus } from '../staff/LoadStatus';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';

interface Ban {
  id: string;
  displayName: string;
  scope: 'session' | 'group';
  sessionId: string | null;
  createdAt: string;
}

/** People moderators took out and kept out, newest first; facilitators let them back in. */
export function GroupBans({ group }: { group: GroupView }) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { state, reload, update } = useLoad(group.id, (signal) =>
    staffCall('groups:bans', { params: { groupId: group.id }, signal }),
  );
  const sessions = useLoad(group.id, (signal) =>
    staffCall('sessions:list', { params: { groupId: group.id }, signal }),
  );
  const lift = useSubmit<object>();

  const titleOf = (sessionId: string | null) =>
    sessions.state.status === 'ready'
      ? sessions.state.data.sessions.find((s) => s.id === sessionId)?.title
      : undefined;

  const letBackIn = (ban: Ban) =>
    void lift
      .run(() => staffCall('groups:lift-ban', { params: { groupId: group.id, banId: ban.id } }))
      .then((result) => {
        if (!result?.ok) return;
        update((data) => ({ bans: data.bans.filter((b) => b.id !== ban.id) }));
        // The button pressed is gone: focus waits at the section's heading.
        heading.current?.focus();
      });

  return (
    <section id="bans" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('bans.heading')}
      </h2>
      <p className="muted">{t('bans.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.bans.length === 0 ? (
          <p>{t('bans.none')}</p>
        ) : (
          <ul className="item-list" aria-labelledby={headingId}>
            {state.data.bans.map((ban) => {
              const title = titleOf(ban.sessionId);
              return (
                <li key={ban.id} className="item item-row">
                  <div>
                    <bdi className="item-title">{ban.displayName}</bdi>
                    <p className="item-meta">
                      {ban.scope === 'group'
                        ? t('bans.scopeGroup')
                        : title
                          ? t('bans.scopeSessionOf', { title })
                          : t('bans.scopeSession')}{' '}
                      · {t('bans.since', { date: formatDate(ban.createdAt, i18n.language) })}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('bans.lift', { name: ban.displayName })}
                    onClick={() => letBackIn(ban)}
                  >
                    {t('bans.liftShort')}
                  </button>
                </li>
              );
            })}
          </ul>
        ))}
      <SubmitStatus state={lift.state} busy={t('common.saving')} done={t('bans.lifted')} />
    </section>
  );
}
