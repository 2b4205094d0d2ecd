import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivateTalk, TalkMessage } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { WithName } from '../../ui/WithName';
import { ActionStatus } from '../moderation/ActionStatus';
import { isOpen, talkForParticipant } from './private-talks';
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
}: {
  talks: TalkBinding;
  selfId: string;
  groupId: string;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
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
          <h2 id={headingId}>
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
          <TalkConversation
            messages={messages[talk.id] ?? NO_MESSAGES}
            selfId={selfId}
            reader="participant"
            groupId={groupId}
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
            <div className="panel-row">
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
