import { useTranslation } from 'react-i18next';
import { MediaTile } from './MediaTile';
import type { Tile } from './stage';

/** Everyone in the room as tiles, this person first. */
export function MediaStage({ tiles }: { tiles: readonly Tile[] }) {
  const { t } = useTranslation();
  return (
    <ul className="media-stage" aria-label={t('media.heading')}>
      {tiles.map((tile) => (
        <MediaTile key={tile.participantId} tile={tile} />
      ))}
    </ul>
  );
}
