import { useTranslation } from 'react-i18next';
import type { MediaNotice } from '../../services/media';
import { LiveRegion } from '../../ui/LiveRegion';
import { useFreshMediaNotice } from './use-media';

/** What just went wrong with a microphone or camera, and what to do, in the person's language. */
export function MediaNoticeLine({ notice }: { notice: MediaNotice | null }) {
  const fresh = useFreshMediaNotice(notice);
  return (
    <LiveRegion className={fresh ? 'media-notice' : 'media-notice empty'}>
      {fresh && <NoticeText notice={fresh} />}
    </LiveRegion>
  );
}

function NoticeText({ notice }: { notice: MediaNotice }) {
  const { t } = useTranslation();
  switch (notice.kind) {
    case 'device':
      return t(`media.problems.${notice.source}.${notice.problem}`);
    case 'refused':
      return notice.code === 'FORBIDDEN'
        ? t(`media.refused.${notice.source}`)
        : t(`errors.${notice.code}`);
    case 'restricted':
      return t(`media.restricted.${notice.source}.${notice.restriction}`);
    case 'muted':
      return t(`media.muted.${notice.source}`);
  }
}
