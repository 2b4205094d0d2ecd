import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyScheduledSession } from '@haven/protocol';
import { callRoute } from '../../services/api';
import { CopyLinkField } from '../../ui/CopyButton';
import { LiveRegion } from '../../ui/LiveRegion';
import { useSubmit } from '../staff/use-submit';
import { groupsOf } from './my-groups';

/** A private feed link per group, for calendar apps that follow changes by themselves. */
export function CalendarFeeds({ sessions }: { sessions: readonly MyScheduledSession[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const groups = groupsOf(sessions);
  return (
    <section className="calendar-feeds" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mySessions.feeds.heading')}</h2>
      <p>{t('mySessions.feeds.intro')}</p>
      <ul className="my-sessions">
        {groups.map((group) => (
          <FeedItem key={group.groupId} groupId={group.groupId} groupName={group.groupName} />
        ))}
      </ul>
    </section>
  );
}

function FeedItem({ groupId, groupName }: { groupId: string; groupName: string }) {
  const { t } = useTranslation();
  const feed = useSubmit<{ url: string }>();
  // A new link stops the one before: one request per press, never a retry behind their back.
  const create = () => void feed.run(() => callRoute('me:calendar-feed', { params: { groupId } }));
  return (
    <li className="my-session">
      <p className="my-session-group">
        <bdi>{groupName}</bdi>
      </p>
      <button
        type="button"
        className="button"
        aria-label={t('mySessions.feeds.buttonName', { group: groupName })}
        aria-busy={feed.busy}
        onClick={create}
      >
        {t('mySessions.feeds.button')}
      </button>
      {feed.state.kind === 'done' && (
        <>
          <CopyLinkField
            label={t('mySessions.feeds.link', { group: groupName })}
            link={feed.state.data.url}
          />
          <p className="hint">{t('mySessions.feeds.note')}</p>
        </>
      )}
      <LiveRegion className={feed.state.kind === 'failed' ? 'form-status error' : 'form-status'}>
        {feed.state.kind === 'busy' && t('mySessions.feeds.creating')}
        {feed.state.kind === 'failed' && t(`errors.${feed.state.error.code}`)}
      </LiveRegion>
    </li>
  );
}
