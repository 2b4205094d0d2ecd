import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_NAME_MAX } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import type { JoinIntent, Notice, SessionPhase } from '../room/session-controller';
import { checkJoinForm, type NameError } from './join-validation';

interface JoinFormProps {
  agreementVersion: number;
  phase: Exclude<SessionPhase, { kind: 'joined' }>;
  notice: Notice | null;
  onJoin: (intent: JoinIntent) => void;
}

export function JoinForm({ agreementVersion, phase, notice, onJoin }: JoinFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [nameError, setNameError] = useState<NameError | null>(null);
  const [agreementError, setAgreementError] = useState<'mustAgree' | null>(null);
  // Consent is to one version of the agreement: a new text must be accepted again.
  const [agreedVersion, setAgreedVersion] = useState(agreementVersion);
  if (agreedVersion !== agreementVersion) {
    setAgreedVersion(agreementVersion);
    setAgreed(false);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkJoinForm(name, agreed);
    if (!check.ok) {
      setNameError(check.name);
      setAgreementError(check.agreement);
      return;
    }
    setNameError(null);
    setAgreementError(null);
    onJoin({ displayName: check.displayName, agreementVersion });
  };

  const nameIds = { hint: `${id}-name-hint`, error: `${id}-name-error` };
  const agreeErrorId = `${id}-agree-error`;
  const joining = phase.kind === 'joining';

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

      <button type="submit" className="button primary" aria-busy={joining}>
        {t('join.submit')}
      </button>

      <LiveRegion className={phase.kind === 'failed' ? 'form-status error' : 'form-status'}>
        {joining && t('join.joining')}
        {joining && notice && ` ${t(`errors.${notice.code}`)}`}
        {phase.kind === 'failed' && t(`errors.${phase.error.code}`)}
      </LiveRegion>
      {phase.kind === 'failed' && phase.error.code === 'UNSUPPORTED_PROTOCOL' && (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('connection.reload')}
        </button>
      )}
    </form>
  );
}
