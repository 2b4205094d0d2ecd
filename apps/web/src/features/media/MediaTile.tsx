import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { initialOf, type Tile } from './stage';
import { VideoView } from './VideoView';

/** One person: their video or initial, name, microphone and speaking state, reconnecting. */
export function MediaTile({ tile }: { tile: Tile }) {
  const { t } = useTranslation();
  const nameId = useId();
  const youId = useId();
  const classes = ['tile'];
  if (tile.speaking) classes.push('speaking');
  if (tile.activeSpeaker) classes.push('active-speaker');
  if (tile.reconnecting) classes.push('reconnecting');

  return (
    <li className={classes.join(' ')}>
      {/* Named by the person alone; the states in the caption are read as its content. */}
      <figure className="tile-frame" aria-labelledby={tile.self ? `${nameId} ${youId}` : nameId}>
        {tile.video && !tile.reconnecting ? (
          <VideoView track={tile.video} mirrored={tile.self} />
        ) : (
          <div className="tile-placeholder" aria-hidden="true">
            <span className="tile-initial">{initialOf(tile.name)}</span>
          </div>
        )}
        {tile.reconnecting && (
          <p className="tile-overlay" aria-hidden="true">
            {t('media.reconnecting')}
          </p>
        )}
        <figcaption className="tile-caption">
          <bdi id={nameId} className="tile-name">
            {tile.name}
          </bdi>
          {tile.self && (
            <span id={youId} className="visually-hidden">
              {' '}
              {t('media.you')}
            </span>
          )}
          {tile.micOff && (
            <span className="tile-state mic-off">
              <MicOffIcon />
              <span className="visually-hidden"> {t('media.micOff')}</span>
            </span>
          )}
          {tile.speaking && (
            <span className="tile-state speaking-state">
              <SpeakingIcon />
              <span className="visually-hidden"> {t('media.speaking')}</span>
            </span>
          )}
          {tile.reconnecting && <span className="visually-hidden"> {t('media.reconnecting')}</span>}
        </figcaption>
      </figure>
    </li>
  );
}

function MicOffIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1A7 7 0 0 0 19 11h-2Z"
      />
      <path stroke="currentColor" strokeWidth="2.5" d="M4 3l16 18" />
    </svg>
  );
}

function SpeakingIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M4 10h2v4H4zM8 7h2v10H8zM12 4h2v16h-2zM16 8h2v8h-2zM20 10h2v4h-2z"
      />
    </svg>
  );
}
