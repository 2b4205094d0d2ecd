import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DenyPayload } from '@haven/protocol';
import { Dialog } from '../../ui/Dialog';

const REASON_MAX = DenyPayload.shape.reason.unwrap().maxLength ?? 200;

interface DenyDialogProps {
  name: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Turning someone away, with a reason they will see if the moderator gives one. */
export function DenyDialog({ name, onConfirm, onClose }: DenyDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm(reason.trim());
  };

  return (
    <Dialog title={t('room.lobby.denyTitle', { name })} onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-reason`}>{t('room.lobby.denyReason')}</label>
        <input
          id={`${id}-reason`}
          type="text"
          value={reason}
          maxLength={REASON_MAX}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setReason(e.target.value)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('room.lobby.denyReasonHint', { name })}
        </p>
        <div className="dialog-actions">
          <button type="submit" className="button danger">
            {t('room.lobby.denyConfirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('room.lobby.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
