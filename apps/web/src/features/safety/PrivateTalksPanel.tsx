import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivateTalk, TalkMessage } from '@haven/protocol';
import type { MediaSession } from '../../services/media';
import { LiveRegion } from '../../ui/LiveRegion';
import { WithName } from '../../ui/WithName';
import type { MediaBinding } from '../media/media-binding';
import { PrivateCall } from '../media/PrivateCall';
import { ActionStatus } from '../moderation/ActionStatus';
import { forModerators, isMember, isOpen } from './private-talks';
import { useFocusRescue } from './private-talks-focus';
import type { TalkBinding, TalksSnapshot } from './talk-binding';
import { TalkConversation } from './TalkConversation';
import '../../ui/side-panel.css';
import './room-safety.css';

const NO_MESSAGES: readonly TalkMessage[] = [];

/**
 * Moderators: the session's private check-ins. Every moderator sees who is being checked in
 * with and by whom; the conversation itself only once they join it.
 */
export function PrivateTalksPanel({
  talks: binding,
  selfId,
  groupId,
  media,
}: {
  talks: TalkBinding;
  selfId: string;
  groupId: string;
  /** The room's media, for a check-in's private call. */
  media: MediaBinding<MediaSession>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const snapshot = useSyncExternalStore(binding.subscribe, binding.getSnapshot);
  const { talks, arrived, refused } = snapshot;
  const open = talks.filter(isOpen).length;

  return (
    <section
      className={talks.length > 0 ? 'side-panel talk-panel' : 'side-panel talk-panel empty'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{open > 0 ? t('talk.titleCount', { count: open }) : t('talk.title')}</h2>
      <LiveRegion className="visually-hidden">
        {arrived && <Arrival message={arrived.value} />}
      </LiveRegion>
      {talks.length === 0 ? (
        <p className="muted">{t('talk.empty')}</p>
      ) : (
        <ul className="side-list" aria-labelledby={headingId}>
          {forModerators(talks).map((talk) => (
            <TalkItem
              key={talk.id}
              talk={talk}
              snapshot={snapshot}
              binding={binding}
              selfId={selfId}
              groupId={groupId}
              media={media}
            />
          ))}
        </ul>
      )}
      <ActionStatus refused={refused} />
    </section>
  );
}

function Arrival({ message }: { message: TalkMessage }) {
  const { t } = useTranslation();
  const name = message.senderName;
  return message.kind === 'resources'
    ? t('talk.arrivedResources', { name })
    : t('talk.arrived', { name, text: message.text });
}

interface TalkItemProps {
  talk: PrivateTalk;
  snapshot: TalksSnapshot;
  binding: TalkBinding;
  selfId: string;
  groupId: string;
  media: MediaBinding<MediaSession>;
}

function TalkItem({ talk, snapshot, binding, selfId, groupId, media }: TalkItemProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // Ending it takes its buttons away: focus stays with this check-in, on its heading.
  const actions = useFocusRescue<HTMLDivElement>(heading);
  const [busy, setBusy] = useState(false);
  const name = talk.displayName;
  const member = isMember(talk, selfId);
  const open = isOpen(talk);
  const { focus } = snapshot;
  const focused = useRef(0);

  // The moderator who just opened or joined it is taken to its field, ready to write (once:
  // the field may only appear when the join comes back).
  useEffect(() => {
    if (!focus || focus.value !== talk.id || focus.serial === focused.current) return;
    if (!field.current) return;
    focused.current = focus.serial;
    field.current.focus();
  }, [focus, talk.id, member]);

  const run = async (action: () => Promise<boolean>) => {
    if (busy) return;
    setBusy(true);
    await action();
    setBusy(false);
  };

  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    talk.moderators.map((m) => m.name),
  );

  return (
    <li className={open ? 'side-item talk-item' : 'side-item talk-item ended'}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          <WithName name={name} sentence={(n) => t('talk.with', { name: n })} />
        </h3>
        {talk.moderators.length > 0 && (
          <p className="hint">
            <WithName name={names} sentence={(n) => t('talk.moderators', { names: n })} />
          </p>
        )}
        {member ? (
          <TalkConversation
            messages={snapshot.messages[talk.id] ?? NO_MESSAGES}
            selfId={selfId}
            reader="moderator"
            groupId={groupId}
            label={t('talk.log', { name })}
            endedFocus={heading}
            composer={
              open
                ? {
                    label: t('talk.messageTo', { name }),
                    sendName: t('talk.sendTo', { name }),
                    onSend: (text) => binding.send(talk.id, text),
                    fieldRef: field,
                  }
                : null
            }
          />
        ) : open ? (
          <>
            <p className="hint">{t('talk.notJoined')}</p>
            <button
              type="button"
              className="button small primary"
              aria-busy={busy}
              aria-disabled={busy}
              onClick={() => void run(() => binding.join(talk.id))}
            >
              {t('talk.join', { name })}
            </button>
          </>
        ) : (
          <p className="talk-ended">{t('talk.ended')}</p>
        )}
        {/* Also once ended: the call, if any, ends with the check-in. */}
        {member && <PrivateCall binding={media} talk={talk} selfId={selfId} focusAfter={heading} />}
        {member && open && (
          <div ref={actions} className="panel-row talk-actions">
            <button
              type="button"
              className="button small"
              aria-label={t('talk.shareResourcesWith', { name })}
              aria-disabled={busy}
              onClick={() => void run(() => binding.shareResources(talk.id))}
            >
              {t('talk.shareResources')}
            </button>
            <button
              type="button"
              className="button small danger-outline"
              aria-label={t('talk.endWith', { name })}
              aria-disabled={busy}
              onClick={() => void run(() => binding.close(talk.id))}
            >
              {t('talk.end')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
