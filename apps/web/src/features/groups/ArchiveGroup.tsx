import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView } from '@haven/protocol';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { SubmitStatus } from '../staff/SubmitStatus';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';

/** Archiving cannot be undone from here: it asks once more, in place. */
export function ArchiveGroup({
  group,
  onArchived,
}: {
  group: GroupView;
  onArchived: (group: GroupView) => void;
}) {
  const { t } = useTranslation('staff');
  const [confirming, setConfirming] = useState(false);
  // Back on the button after "Cancel", not lost at the top of the page.
  const [cancelled, setCancelled] = useState(false);
  const button = useFocusOnMount<HTMLButtonElement>(cancelled);
  const { state, run, busy } = useSubmit<GroupView>();

  const archive = () =>
    void run(() => staffCall('groups:archive', { params: { groupId: group.id } })).then(
      (result) => {
        if (result?.ok) onArchived(result.data);
      },
    );

  if (group.archived) return <Archived justNow={state.kind === 'done'} />;

  return (
    <div className="danger-zone">
      {confirming ? (
        <Confirmation
          busy={busy}
          onConfirm={archive}
          onCancel={() => {
            setCancelled(true);
            setConfirming(false);
          }}
        />
      ) : (
        <>
          <p className="muted">{t('archive.explain')}</p>
          <button
            ref={button}
            type="button"
            className="button danger"
            onClick={() => setConfirming(true)}
          >
            {t('archive.button')}
          </button>
        </>
      )}
      <SubmitStatus state={state} busy={t('common.saving')} />
    </div>
  );
}

/** Said where the confirmation was, so keyboard and screen-reader users hear that it worked. */
function Archived({ justNow }: { justNow: boolean }) {
  const { t } = useTranslation('staff');
  const note = useFocusOnMount<HTMLParagraphElement>(justNow);
  return (
    <div className="danger-zone">
      <p ref={note} tabIndex={-1}>
        {t('archive.done')}
      </p>
    </div>
  );
}

interface ConfirmationProps {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

function Confirmation({ busy, onConfirm, onCancel }: ConfirmationProps) {
  const { t } = useTranslation('staff');
  const questionId = useId();
  // The question replaces the button that was pressed: reading goes on from there.
  const question = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div role="group" aria-labelledby={questionId} className="confirm">
      <p id={questionId} ref={question} tabIndex={-1}>
        <strong>{t('archive.question')}</strong> {t('archive.consequence')}
      </p>
      <div className="actions">
        <button type="button" className="button danger" aria-busy={busy} onClick={onConfirm}>
          {t('archive.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
