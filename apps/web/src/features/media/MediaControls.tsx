import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiveMode } from '@haven/core';
import type { MediaSession, MediaSnapshot } from '../../services/media';
import { DataEstimate } from './DataEstimate';
import { DevicePickers } from './DevicePickers';
import { ToggleButton } from './ToggleButton';

interface MediaControlsProps {
  media: MediaSession;
  snapshot: MediaSnapshot;
}

/** Microphone and camera toggles, what to receive, devices, and the data it all costs. */
export function MediaControls({ media, snapshot }: MediaControlsProps) {
  const { t } = useTranslation();
  const micHintId = useId();
  const cameraHintId = useId();
  const receiveHintId = useId();
  const { microphone, camera, receiveMode } = snapshot;
  // Pressing the mode that is on goes back to receiving everything; the two exclude each other.
  const toggleMode = (mode: ReceiveMode) =>
    media.setReceiveMode(receiveMode === mode ? 'all' : mode);
  // One sentence when both have the same reason (nothing may be published in this session).
  const sameReason = camera.restriction === microphone.restriction;

  return (
    <div className="media-controls">
      <div className="media-toggles" role="group" aria-label={t('media.controls')}>
        <ToggleButton
          label={t('media.microphone')}
          pressed={microphone.on}
          busy={microphone.busy}
          unavailable={microphone.restriction ? { id: micHintId } : null}
          onToggle={() => media.setMicrophone(!microphone.on)}
        />
        <ToggleButton
          label={t('media.camera')}
          pressed={camera.on}
          busy={camera.busy}
          unavailable={camera.restriction ? { id: sameReason ? micHintId : cameraHintId } : null}
          onToggle={() => media.setCamera(!camera.on)}
        />
      </div>
      {microphone.restriction && (
        <p id={micHintId} className="media-restriction">
          {t(`media.restricted.microphone.${microphone.restriction}`)}
        </p>
      )}
      {camera.restriction && !sameReason && (
        <p id={cameraHintId} className="media-restriction">
          {t(`media.restricted.camera.${camera.restriction}`)}
        </p>
      )}
      <div
        className="media-toggles"
        role="group"
        aria-label={t('media.receiving')}
        aria-describedby={receiveHintId}
      >
        <ToggleButton
          label={t('media.audioOnly')}
          pressed={receiveMode === 'audio-only'}
          onToggle={() => toggleMode('audio-only')}
        />
        <ToggleButton
          label={t('media.dataSaver')}
          pressed={receiveMode === 'data-saver'}
          onToggle={() => toggleMode('data-saver')}
        />
      </div>
      <p id={receiveHintId} className="hint media-receive-hint">
        {t('media.receiveHint')}
      </p>
      <DataEstimate bytesPerMinute={snapshot.bytesPerMinute} />
      <DevicePickers
        snapshot={snapshot}
        onMicrophone={media.selectMicrophone}
        onCamera={media.selectCamera}
      />
    </div>
  );
}
