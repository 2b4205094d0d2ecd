import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { CopyLinkField } from '../../ui/CopyButton';
import { QrCode } from './QrCode';

/** The link just made, the only time it is shown: to copy, or to scan from this screen. */
export function NewInviteLink({ link }: { link: string }) {
  const { t } = useTranslation('staff');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="one-time-link">
      <h3 ref={heading} tabIndex={-1}>
        {t('invites.newLink')}
      </h3>
      <p>{t('invites.shownOnce')}</p>
      <CopyLinkField label={t('invites.link')} link={link} />
      <QrCode text={link} label={t('invites.qr')} />
    </div>
  );
}
