import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RemoteAudioProps {
  /** Everyone else's received audio tracks, by producer id. */
  tracks: readonly { producerId: string; track: MediaStreamTrack }[];
  /** Silent for now, kept playing (the person is in a private call): nothing to restart after. */
  muted?: boolean;
  className?: string;
}

/**
 * One hidden <audio> per remote microphone. Browsers may hold back sound that starts without a
 * tap (a reload straight into the room): then a button lets the person start it.
 */
export function RemoteAudio({
  tracks,
  muted = false,
  className = 'remote-audio',
}: RemoteAudioProps) {
  const { t } = useTranslation();
  const [blocked, setBlocked] = useState(false);
  const elements = useRef(new Map<string, HTMLAudioElement>());
  const onBlocked = useCallback(() => setBlocked(true), []);

  const playAll = () => {
    setBlocked(false);
    for (const audio of elements.current.values()) audio.play().catch(onBlocked);
  };

  return (
    <>
      {tracks.map(({ producerId, track }) => (
        <AudioSink
          key={producerId}
          track={track}
          muted={muted}
          className={className}
          onBlocked={onBlocked}
          register={(audio) => {
            if (audio) elements.current.set(producerId, audio);
            else elements.current.delete(producerId);
          }}
        />
      ))}
      {blocked && tracks.length > 0 && (
        <p className="media-sound-blocked">
          {t('media.soundBlocked')}{' '}
          <button type="button" className="button small" onClick={playAll}>
            {t('media.enableSound')}
          </button>
        </p>
      )}
    </>
  );
}

interface AudioSinkProps {
  track: MediaStreamTrack;
  muted: boolean;
  className: string;
  onBlocked: () => void;
  register: (audio: HTMLAudioElement | null) => void;
}

function AudioSink({ track, muted, className, onBlocked, register }: AudioSinkProps) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const audio = ref.current;
    if (!audio) return;
    audio.srcObject = new MediaStream([track]);
    audio.play().catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'NotAllowedError') onBlocked();
    });
    return () => {
      audio.srcObject = null;
    };
  }, [track, onBlocked]);
  return (
    <audio
      ref={(audio) => {
        ref.current = audio;
        register(audio);
      }}
      className={className}
      autoPlay
      muted={muted}
      hidden
    />
  );
}
