import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_REASON_MAX, type ErrorCode, type ReportTarget } from '@haven/protocol';
import { Dialog } from '../../ui/Dialog';
import { LiveRegion } from '../../ui/LiveRegion';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { useMounted } from '../../ui/use-mounted';
import type { ReportBinding } from './report-binding';
import './room-safety.css';

/** What is reported, as the reporter saw it. */
export interface ReportSubject {
  target: ReportTarget;
  /** The person reported, or the message's sender. */
  name: string;
  /** A reported message's words, shown so the reporter knows which one they are reporting. */
  text?: string;
}

type Step =
  | { kind: 'writing' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'failed'; code: ErrorCode };

interface ReportDialogProps {
  subject: ReportSubject;
  reports: Pick<ReportBinding, 'report'>;
  onClose: () => void;
}

/**
 * Telling the moderators about a message or a person, with an optional word on what happened.
 * It says plainly that the person reported is not told who reported them.
 */
export function ReportDialog({ subject, reports, onClose }: ReportDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const mounted = useMounted();
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'writing' });
  const { name } = subject;
  const title =
    subject.target.kind === 'message'
      ? t('reports.messageTitle', { name })
      : t('reports.personTitle', { name });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step.kind === 'sending') return;
    setStep({ kind: 'sending' });
    const result = await reports.report(subject.target, reason);
    if (!mounted.current) return;
    setStep(result.ok ? { kind: 'sent' } : { kind: 'failed', code: result.code });
  };

  return (
    <Dialog title={title} onClose={onClose}>
      {/* In the dialog from the start, so the thanks is announced when it appears. */}
      <LiveRegion className="report-thanks">
        {step.kind === 'sent' && <p>{t('reports.thanks', { name })}</p>}
      </LiveRegion>
      {step.kind === 'sent' ? (
        <div className="dialog-actions">
          <CloseButton onClose={onClose} />
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <p className="hint">{t('reports.intro')}</p>
          {subject.text !== undefined && (
            <figure className="report-quote">
              <figcaption>{t('reports.quoted')}</figcaption>
              <blockquote dir="auto">{subject.text}</blockquote>
            </figure>
          )}
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('reports.reason')}</label>
            <p id={`${id}-hint`} className="hint">
              {t('reports.reasonHint', { max: REPORT_REASON_MAX })}
            </p>
            <textarea
              id={`${id}-reason`}
              rows={3}
              dir="auto"
              maxLength={REPORT_REASON_MAX}
              value={reason}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <LiveRegion className={step.kind === 'failed' ? 'field-error' : 'hint'}>
            {step.kind === 'failed' && t('reports.failed', { reason: t(`errors.${step.code}`) })}
            {step.kind === 'sending' && t('reports.sending')}
          </LiveRegion>
          <div className="dialog-actions">
            {/* aria-disabled, not disabled: the button keeps focus while the report is sent. */}
            <button
              type="submit"
              className="button primary"
              aria-disabled={step.kind === 'sending'}
            >
              {t('reports.send')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('reports.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** The form is gone once sent: focus moves here rather than being lost with it. */
function CloseButton({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useFocusOnMount<HTMLButtonElement>();
  return (
    <button ref={ref} type="button" className="button primary" onClick={onClose}>
      {t('reports.close')}
    </button>
  );
}
