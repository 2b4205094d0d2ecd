import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTimeLink, StaffView } from '@haven/protocol';
import { formatDate } from '../../ui/format-date';
import { CopyLinkField } from '../../ui/CopyButton';
import { LoadStatus } from './LoadStatus';
import { SubmitStatus } from './SubmitStatus';
import { useLoad } from './use-load';
import { staffCall } from './use-staff-session';
import { useSubmit } from './use-submit';

/**
 * Administrators only: a password link for someone who forgot theirs. There is no email to send
 * it by; the administrator passes it on.
 */
export function StaffAccounts() {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const { state, reload } = useLoad('staff', (signal) => staffCall('staff:list', { signal }));
  const [made, setMade] = useState<{ link: OneTimeLink; name: string } | null>(null);
  const making = useSubmit<OneTimeLink>();

  const make = (account: StaffView) =>
    void making
      .run(() => staffCall('staff:reset-password', { params: { staffId: account.id } }))
      .then((result) => {
        if (result?.ok) setMade({ link: result.data, name: account.name });
      });

  return (
    <section className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accounts.heading')}</h2>
      <p>{t('accounts.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <ul className="item-list" aria-labelledby={headingId}>
          {state.data.staff.map((account) => (
            <li key={account.id} className="item item-row">
              <div>
                <bdi className="item-title">{account.name}</bdi>
                <p className="item-meta">
                  <bdi dir="ltr">{account.email}</bdi> · {t(`roles.${account.role}`)}
                </p>
              </div>
              <button
                type="button"
                className="button small"
                aria-label={t('accounts.make', { name: account.name })}
                onClick={() => make(account)}
              >
                {t('accounts.makeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SubmitStatus state={making.state} busy={t('common.creating')} />
      {made && (
        <div className="one-time-link">
          <p>
            {t('accounts.done', {
              name: made.name,
              date: formatDate(made.link.expiresAt, i18n.language, true),
            })}
          </p>
          <CopyLinkField
            label={t('accounts.link')}
            link={made.link.link}
            copyLabel={t('copy.passwordLink')}
          />
        </div>
      )}
    </section>
  );
}
