import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';

/**
 * What participants see while the room is paused: a calm screen over the room, not an error.
 * Their microphones, cameras and chat are stopped on the server meanwhile; leaving still works.
 */
export function PausedScreen() {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const headingId = useId();
  return (
    <section className="paused-screen" aria-labelledby={headingId}>
      <div className="breathing" aria-hidden="true" />
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('moderation.paused.title')}
      </h2>
      <p>{t('moderation.paused.body')}</p>
    </section>
  );
}
