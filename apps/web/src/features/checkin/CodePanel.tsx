import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveRegion } from '../../ui/LiveRegion';
import { useNow } from '../../ui/use-now';
import { QrCode } from '../invites/QrCode';
import { formatCountdown } from '../moderation/countdown';
import { useErrorText } from '../staff/use-error-text';
import { secondsUntil, stillAccepted } from './code-clock';
import { useCheckinCode } from './use-checkin-code';
import { useWakeLock } from './use-wake-lock';

/** The rotating code as people at the door see it: the digits, the QR, when it changes. */
export function CodePanel({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const { t, i18n } = useTranslation('staff');
  const errorText = useErrorText();
  const headingId = useId();
  const { state } = useCheckinCode(groupId, sessionId);
  const showing = state.kind === 'shown';
  // The countdown ticks on this device; the server is asked only when the code changes.
  const now = useNow(showing);
  useWakeLock(showing);
  const current = state.kind === 'shown' && stillAccepted(state.timing, now) ? state : null;

  let status = '';
  if (state.kind === 'loading' || (showing && !current)) status = t('checkin.gettingCode');
  else if (state.kind === 'shown' && state.failed) status = t('checkin.retrying');
  else if (state.kind === 'failed')
    status = state.error.code === 'CONFLICT' ? t('checkin.notVenue') : errorText(state.error);

  const seconds = current ? secondsUntil(current.timing, now) : 0;
  return (
    <section className="staff-section venue-code" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checkin.codeHeading')}</h2>
      {current && (
        <div className="venue-code-body">
          <div className="venue-code-text">
            {/* Digits read left to right in every language. */}
            <output className="checkin-code" aria-label={t('checkin.codeHeading')} dir="ltr">
              {current.screen.code}
            </output>
            <p className="checkin-countdown">
              {seconds > 0
                ? t('checkin.changesIn', { time: formatCountdown(seconds, i18n.language) })
                : t('checkin.changing')}
            </p>
            <p className="muted">{t('checkin.codeIntro')}</p>
          </div>
          <div className="checkin-qr">
            <QrCode text={current.screen.link} label={t('checkin.qr')} />
          </div>
        </div>
      )}
      <LiveRegion className={state.kind === 'failed' ? 'form-status error' : 'form-status'}>
        {status}
      </LiveRegion>
    </section>
  );
}
