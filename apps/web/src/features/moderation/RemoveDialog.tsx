import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

export interface RemoveChoice {
  ban: 'session' | 'group';
  revokeInvite: boolean;
}

interface RemoveDialogProps {
  name: string;
  onConfirm: (choice: RemoveChoice) => void;
  onClose: () => void;
}

/** Taking someone out holds until a facilitator lifts it: the moderator says for how far. */
export function RemoveDialog({ name, onConfirm, onClose }: RemoveDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [ban, setBan] = useState<RemoveChoice['ban']>('session');
  const [revokeInvite, setRevokeInvite] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm({ ban, revokeInvite });
  };

  return (
    <Dialog title={t('moderation.removeTitle', { name })} onClose={onClose}>
      <form onSubmit={submit}>
        <fieldset className="choice-group">
          <legend>{t('moderation.removeScope')}</legend>
          {(['session', 'group'] as const).map((scope) => (
            <div key={scope} className="check">
              <input
                type="radio"
                id={`${id}-${scope}`}
                name={`${id}-scope`}
                checked={ban === scope}
                onChange={() => setBan(scope)}
              />
              <label htmlFor={`${id}-${scope}`}>
                {scope === 'session' ? t('moderation.scopeSession') : t('moderation.scopeGroup')}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="check">
          <input
            type="checkbox"
            id={`${id}-revoke`}
            checked={revokeInvite}
            onChange={(e) => setRevokeInvite(e.target.checked)}
          />
          <label htmlFor={`${id}-revoke`}>{t('moderation.revokeInvite')}</label>
        </div>
        <p className="hint">{t('moderation.removeHint')}</p>
        <div className="dialog-actions">
          <button type="submit" className="button danger">
            {t('moderation.removeConfirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('moderation.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
