import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteView } from '@haven/protocol';
import { formatDate } from '../../ui/format-date';
import { SubmitStatus } from '../staff/SubmitStatus';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { canRevoke, numberInvites } from './invite-list';

interface InviteListProps {
  groupId: string;
  invites: readonly InviteView[];
  labelledBy: string;
  onChanged: (invite: InviteView) => void;
}

export function InviteList({ groupId, invites, labelledBy, onChanged }: InviteListProps) {
  const { t, i18n } = useTranslation('staff');
  const revocation = useSubmit<InviteView>();
  const list = useRef<HTMLUListElement>(null);

  const revoke = (invite: InviteView) =>
    void revocation
      .run(() => staffCall('invites:revoke', { params: { groupId, inviteId: invite.id } }))
      .then((result) => {
        if (!result?.ok) return;
        onChanged(result.data);
        // The button is gone with the link's active state: focus waits on the list.
        list.current?.focus();
      });

  if (invites.length === 0) return <p>{t('invites.none')}</p>;
  const date = (iso: string) => formatDate(iso, i18n.language, true);

  return (
    <>
      <ul ref={list} tabIndex={-1} className="item-list" aria-labelledby={labelledBy}>
        {numberInvites(invites).map(({ invite, number }) => (
          <li key={invite.id} className="item item-row">
            <div>
              <p className="item-title">
                {t('invites.name', { number })}{' '}
                <span className={`tag status-${invite.status}`}>
                  {t(`invites.status.${invite.status}`)}
                </span>
              </p>
              <p className="item-meta">
                {t('invites.createdAt', { date: date(invite.createdAt) })}
                {' · '}
                {t('invites.expiresAt', { date: date(invite.expiresAt) })}
                {' · '}
                {invite.maxUses === null
                  ? t('invites.uses', { uses: invite.uses })
                  : t('invites.usesOf', { uses: invite.uses, max: invite.maxUses })}
              </p>
            </div>
            {canRevoke(invite) && (
              <button
                type="button"
                className="button small"
                aria-label={t('invites.revoke', { number, date: date(invite.createdAt) })}
                onClick={() => revoke(invite)}
              >
                {t('invites.revokeShort')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <SubmitStatus
        state={revocation.state}
        busy={t('common.saving')}
        done={t('invites.revoked')}
      />
    </>
  );
}
