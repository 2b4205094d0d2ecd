import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivateTalk } from '@haven/protocol';
import type { MediaSession } from '../../services/media';
import { LiveRegion } from '../../ui/LiveRegion';
import { WithName } from '../../ui/WithName';
import { useFocusRescue } from '../safety/private-talks-focus';
import type { MediaBinding } from './media-binding';
import { callLeftByModerators, callOutlived, callView, type CallPeer } from './private-call';
import { RemoteAudio } from './RemoteAudio';
import { ToggleButton } from './ToggleButton';
import { useMediaBinding, useMediaSnapshot } from './use-media';
import { VideoView } from './VideoView';

interface PrivateCallProps {
  binding: MediaBinding<MediaSession>;
  talk: PrivateTalk;
  selfId: string;
  /** Where focus goes when the call's controls go away and nothing takes their place. */
  focusAfter: RefObject<HTMLElement | null>;
}

/**
 * A private check-in's audio (and optional video) call, inside its panel: a moderator starts
 * it, the participant is asked in. Only the check-in's members receive it; meanwhile their room
 * microphone is held off and the room's sound is off for them. Nothing shows in a text-only
 * group or where media cannot work.
 */
export function PrivateCall(props: PrivateCallProps) {
  const state = useMediaBinding(props.binding);
  return state.kind === 'ready' ? <CallControls {...props} media={state.media} /> : null;
}

function CallControls({
  talk,
  selfId,
  focusAfter,
  media,
}: PrivateCallProps & { media: MediaSession }) {
  const { t, i18n } = useTranslation();
  const snapshot = useMediaSnapshot(media);
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set());
  const view = callView({ talk, selfId, media: snapshot, declined });
  const start = useRef<HTMLButtonElement>(null);
  const leave = useRef<HTMLButtonElement>(null);
  const toLeave = useFocusRescue<HTMLDivElement>(() =>
    (leave.current ?? focusAfter.current)?.focus(),
  );
  const toStart = useFocusRescue<HTMLDivElement>(() =>
    (start.current ?? focusAfter.current)?.focus(),
  );
  const outlived = callOutlived(snapshot.call, [talk]);
  const leftAlone = callLeftByModerators(talk, selfId, snapshot);
  // Said once when the call ends for this person without their doing.
  const [endedSerial, setEndedSerial] = useState(0);
  const participant = talk.participantId === selfId;
  const names = (list: readonly string[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(list);

  // The check-in ended, or (for the participant) the moderators ended the call: it ends here
  // too, and the room's microphone and sound come back.
  useEffect(() => {
    if (!outlived && !leftAlone) return;
    media.leaveCall();
    setEndedSerial((n) => n + 1);
  }, [outlived, leftAlone, media]);

  const join = () => {
    setEndedSerial(0);
    // Media that failed to start is set up again; the call goes out once it is there.
    if (snapshot.status.kind === 'failed') media.retry();
    media.joinCall(talk.id);
  };

  return (
    <>
      <LiveRegion className="visually-hidden">
        {view.kind === 'invited'
          ? t('talk.call.invites', { name: names(view.from) })
          : endedSerial > 0 && view.kind !== 'in-call' && t('talk.call.ended')}
      </LiveRegion>
      {view.kind === 'can-start' && (
        <div ref={toLeave} className="panel-row talk-call-start">
          <button ref={start} type="button" className="button small" onClick={join}>
            {view.joining ? (
              <WithName
                name={talk.displayName}
                sentence={(name) => t('talk.call.joinWith', { name })}
              />
            ) : (
              <WithName
                name={talk.displayName}
                sentence={(name) => t('talk.call.startWith', { name })}
              />
            )}
          </button>
        </div>
      )}
      {view.kind === 'invited' && (
        <div ref={toLeave} className="talk-call-invite">
          <p>
            <WithName
              name={names(view.from)}
              sentence={(name) => t('talk.call.invites', { name })}
            />
          </p>
          <div className="panel-row">
            <button ref={start} type="button" className="button small primary" onClick={join}>
              {t('talk.call.join')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => setDeclined(new Set([...declined, ...view.producerIds]))}
            >
              {t('talk.call.notNow')}
            </button>
          </div>
        </div>
      )}
      {view.kind === 'in-call' && (
        <div ref={toStart} className="talk-call" role="group" aria-label={t('talk.call.heading')}>
          <p className="hint">{t('talk.call.inCall')}</p>
          {view.peers.length === 0 ? (
            <p className="muted">
              <WithName
                name={talk.displayName}
                sentence={(name) => t('talk.call.waiting', { name })}
              />
            </p>
          ) : (
            <ul className="talk-call-peers">
              {view.peers.map((peer) => (
                <Peer key={peer.participantId} peer={peer} />
              ))}
            </ul>
          )}
          {/* The call's own sound; the room's is off meanwhile. */}
          <RemoteAudio
            className="talk-audio"
            tracks={view.peers.flatMap((p) =>
              p.audio ? [{ producerId: `${p.participantId}:audio`, track: p.audio }] : [],
            )}
          />
          <div className="panel-row">
            {view.cameraAllowed && (
              <ToggleButton
                label={t('talk.call.camera')}
                pressed={view.camera}
                busy={view.busy}
                onToggle={() => media.setCallCamera(!view.camera)}
              />
            )}
            <button
              ref={leave}
              type="button"
              className="button small danger-outline"
              onClick={media.leaveCall}
            >
              {participant ? t('talk.call.leave') : t('talk.call.end')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function Peer({ peer }: { peer: CallPeer }) {
  const { t } = useTranslation();
  const nameId = useId();
  return (
    <li className="talk-call-peer">
      <figure aria-labelledby={nameId}>
        {peer.video && <VideoView track={peer.video} />}
        <figcaption>
          <bdi id={nameId}>{peer.name}</bdi>
          {peer.micOff && <span className="hint"> {t('talk.call.micOff')}</span>}
        </figcaption>
      </figure>
    </li>
  );
}
