import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_NAME_MAX } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import type { EntryForm } from './entry';
import { checkJoinForm, type NameError } from './join-validation';

/** What the form says under its button: nothing, progress, or why it did not work. */
export type FormStatus =
  { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'failed'; text: string };

interface JoinFormProps {
  agreementVersion: number;
  /** The name this person already uses in the group, if any. */
  initialName?: string;
  /** True when they already accepted exactly this version of the agreement. */
  initiallyAgreed?: boolean;
  submitLabel: string;
  status: FormStatus;
  onSubmit: (form: EntryForm) => void;
}

/** A display name and consent to one version of the group agreement. */
export function JoinForm({
  agreementVersion,
  initialName = '',
  initiallyAgreed = false,
  submitLabel,
  status,
  onSubmit,
}: JoinFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initialName);
  const [agreed, setAgreed] = useState(initiallyAgreed);
  const [nameError, setNameError] = useState<NameError | null>(null);
  const [agreementError, setAgreementError] = useState<'mustAgree' | null>(null);
  // Consent is to one version of the agreement: a new text must be accepted again.
  const [agreedVersion, setAgreedVersion] = useState(agreementVersion);
  if (agreedVersion !== agreementVersion) {
    setAgreedVersion(agreementVersion);
    setAgreed(false);
  }

  const busy = status.kind === 'busy';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const check = checkJoinForm(name, agreed);
    if (!check.ok) {
      setNameError(check.name);
      setAgreementError(check.agreement);
      return;
    }
    setNameError(null);
    setAgreementError(null);
    onSubmit({ displayName: check.displayName, agreementVersion });
  };

  const nameIds = { hint: `${id}-name-hint`, error: `${id}-name-error` };
  const agreeErrorId = `${id}-agree-error`;

  return (
    <form className="join-form" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('join.displayName')}</label>
        <p id={nameIds.hint} className="hint">
          {t('join.displayNameHint')}
        </p>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          // The name on its way to the server is the one they will have: it stays as sent.
          readOnly={busy}
          maxLength={DISPLAY_NAME_MAX}
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
          dir="auto"
          enterKeyHint="go"
          aria-invalid={nameError !== null}
          aria-describedby={`${nameIds.hint} ${nameIds.error}`}
        />
        <LiveRegion id={nameIds.error} className="field-error">
          {nameError && t(`join.errors.${nameError}`, { max: DISPLAY_NAME_MAX })}
        </LiveRegion>
      </div>

      <div className="field">
        <div className="check">
          <input
            id={`${id}-agree`}
            type="checkbox"
            checked={agreed}
            onChange={(e) => setAgreed(e.target.checked)}
            aria-invalid={agreementError !== null}
            aria-describedby={agreeErrorId}
          />
          <label htmlFor={`${id}-agree`}>{t('join.agree')}</label>
        </div>
        <LiveRegion id={agreeErrorId} className="field-error">
          {agreementError && t(`join.errors.${agreementError}`)}
        </LiveRegion>
      </div>

      <button type="submit" className="button primary" aria-busy={busy}>
        {submitLabel}
      </button>

      <LiveRegion className={status.kind === 'failed' ? 'form-status error' : 'form-status'}>
        {status.kind !== 'idle' && status.text}
      </LiveRegion>
    </form>
  );
}
