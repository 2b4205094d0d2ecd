import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivateTalk, TalkMessage } from '@haven/protocol';
import type { MediaSession } from '../../services/media';
import { LiveRegion } from '../../ui/LiveRegion';
import { WithName } from '../../ui/WithName';
import type { MediaBinding } from '../media/media-binding';
import { PrivateCall } from '../media/PrivateCall';
import { ActionStatus } from '../moderation/ActionStatus';
import { isOpen, talkForParticipant } from './private-talks';
import { useFocusRescue } from './private-talks-focus';
import type { TalkBinding } from './talk-binding';
import { TalkConversation } from './TalkConversation';
import './room-safety.css';

const NO_MESSAGES: readonly TalkMessage[] = [];

/**
 * A participant's private check-in with the moderators: it opens by itself when a moderator
 * checks in, calm and apart from the room's chat, and says who can read it. Nobody else in the
 * room ever receives any of it.
 */
export function MyCheckIn({
  talks: binding,
  selfId,
  groupId,
  media,
  onGone,
}: {
  talks: TalkBinding;
  selfId: string;
  groupId: string;
  /** The room's media, for the check-in's private call. */
  media: MediaBinding<MediaSession>;
  /** Focus goes back to the room when the person puts the last check-in away. */
  onGone?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const hideRow = useFocusRescue<HTMLDivElement>(() => {
    if (heading.current) heading.current.focus();
    else onGone?.();
  });
  const { talks, messages, arrived, opened, refused } = useSyncExternalStore(
    binding.subscribe,
    binding.getSnapshot,
  );
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const talk = talkForParticipant(talks, dismissed);
  const list = (people: PrivateTalk['moderators']) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(people.map((m) => m.name));

  return (
    <>
      {/* Always in the page, so that the check-in and each message are announced. */}
      <LiveRegion className="visually-hidden">
        {arrived && arrived.serial > (opened?.serial ?? 0)
          ? arrived.value.kind === 'resources'
            ? t('talk.arrivedResources', { name: arrived.value.senderName })
            : t('talk.arrived', { name: arrived.value.senderName, text: arrived.value.text })
          : opened && t('talk.opened', { names: list(opened.value.moderators) })}
      </LiveRegion>
      {talk && (
        <section className="my-checkin" aria-labelledby={headingId}>
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            {talk.moderators.length === 0 ? (
              t('talk.withModerators')
            ) : (
              <WithName
                name={list(talk.moderators)}
                sentence={(name) => t('talk.with', { name })}
              />
            )}
          </h2>
          <p className="hint">{t('talk.onlyYou')}</p>
          {/* Above the messages: an invitation to the call is seen at once, even on a phone. */}
          <PrivateCall binding={media} talk={talk} selfId={selfId} focusAfter={heading} />
          <TalkConversation
            messages={messages[talk.id] ?? NO_MESSAGES}
            selfId={selfId}
            reader="participant"
            groupId={groupId}
            label={t('talk.logModerators')}
            endedFocus={heading}
            composer={
              isOpen(talk)
                ? {
                    label: t('talk.messageToModerators'),
                    sendName: t('talk.send'),
                    onSend: (text) => binding.send(talk.id, text),
                  }
                : null
            }
          />
          <ActionStatus refused={refused} />
          {!isOpen(talk) && (
            <div ref={hideRow} className="panel-row">
              <button
                type="button"
                className="button small"
                onClick={() => setDismissed(new Set([...dismissed, talk.id]))}
              >
                {t('talk.hide')}
              </button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
