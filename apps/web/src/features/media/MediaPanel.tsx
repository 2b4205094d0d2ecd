import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '@haven/protocol';
import type { MediaSession, MediaSnapshot, MediaStatus } from '../../services/media';
import { LiveRegion } from '../../ui/LiveRegion';
import type { MediaBinding } from './media-binding';
import { MediaControls } from './MediaControls';
import { MediaNoticeLine } from './MediaNoticeLine';
import { MediaStage } from './MediaStage';
import { RemoteAudio } from './RemoteAudio';
import { stageTiles } from './stage';
import { useMediaBinding, useMediaSnapshot } from './use-media';

interface MediaPanelProps {
  binding: MediaBinding<MediaSession>;
  participants: readonly ParticipantView[];
  selfId: string;
}

/**
 * The room's audio and video: a stage of tiles, the controls, and the sound. Whatever happens
 * to media, this only ever shows a message: the chat beside it keeps working.
 */
export function MediaPanel({ binding, participants, selfId }: MediaPanelProps) {
  const { t } = useTranslation();
  const state = useMediaBinding(binding);
  switch (state.kind) {
    case 'none':
      return null;
    case 'loading':
      return <MediaMessage text={t('media.starting')} />;
    case 'unavailable':
      return (
        <MediaMessage
          text={t('media.loadFailed')}
          action={{ label: t('media.retry'), run: binding.reload }}
        />
      );
    case 'ready':
      return <MediaRoom media={state.media} participants={participants} selfId={selfId} />;
  }
}

interface MediaRoomProps {
  media: MediaSession;
  participants: readonly ParticipantView[];
  selfId: string;
}

function MediaRoom({ media, participants, selfId }: MediaRoomProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const snapshot = useMediaSnapshot(media);
  const { status } = snapshot;

  const key = statusMessageKey(status);
  if (key !== undefined) {
    if (key === null) return null;
    const message = t(key);
    const action =
      status.kind === 'failed' && !status.retrying && status.code !== 'unsupported'
        ? { label: t('media.retry'), run: media.retry }
        : undefined;
    return <MediaMessage text={message} action={action} />;
  }
  // Nothing may be published and nobody publishes: a text-only session, no stage at all.
  if (!hasMedia(snapshot)) return null;

  const tiles = stageTiles({
    participants,
    selfId,
    remote: snapshot.remote,
    speaking: snapshot.speaking,
    selfVideo: snapshot.selfVideo,
    microphoneOn: snapshot.microphone.on,
    sendRecovering: snapshot.sendRecovering,
    receiveRecovering: snapshot.receiveRecovering,
  });
  const audio = snapshot.remote.flatMap((r) =>
    r.kind === 'audio' && r.track ? [{ producerId: r.producerId, track: r.track }] : [],
  );

  return (
    <section className="media" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('media.heading')}
      </h2>
      <MediaStage tiles={tiles} />
      {/* In a private call the room goes on, unheard by this person: they hear the call. */}
      <RemoteAudio tracks={audio} muted={snapshot.call !== null} />
      <MediaControls media={media} snapshot={snapshot} />
      <MediaNoticeLine notice={snapshot.notice} />
    </section>
  );
}

const hasMedia = (snapshot: MediaSnapshot): boolean =>
  snapshot.allowedKinds.length > 0 || snapshot.remote.length > 0;

type StatusMessageKey =
  'media.starting' | 'media.unsupported' | 'media.startRetrying' | 'media.startFailed';

/**
 * The message that stands in for the stage, null for nothing at all, or undefined when the
 * stage shows. A key, not the text: a `t` passed as a parameter makes TypeScript expand the
 * whole catalogue's type, which stops compiling once the catalogue is large enough.
 */
function statusMessageKey(status: MediaStatus): StatusMessageKey | null | undefined {
  switch (status.kind) {
    case 'idle':
    case 'closed':
      return null;
    case 'starting':
      return 'media.starting';
    case 'failed':
      if (status.code === 'unsupported') return 'media.unsupported';
      return status.retrying ? 'media.startRetrying' : 'media.startFailed';
    case 'ready':
    case 'recovering':
      return undefined;
  }
}

interface MediaMessageProps {
  text: string;
  action?: { label: string; run: () => void } | undefined;
}

function MediaMessage({ text, action }: MediaMessageProps) {
  return (
    <section className="media media-message">
      <LiveRegion>
        {text}{' '}
        {action && (
          <button type="button" className="button small" onClick={action.run}>
            {action.label}
          </button>
        )}
      </LiveRegion>
    </section>
  );
}
