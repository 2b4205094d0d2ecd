import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestLanguage } from '../../i18n';
import { PageShell } from '../../ui/PageShell';
import { LiveRegion } from '../../ui/LiveRegion';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import type { JoinIntent, Notice, SessionPhase } from '../room/session-controller';
import { JoinForm } from './JoinForm';
import { useSessionInfo } from './use-session-info';

type JoinPhase = Exclude<SessionPhase, { kind: 'joined' }>;

interface JoinPageProps {
  sessionId: string;
  phase: JoinPhase;
  notice: Notice | null;
  onJoin: (intent: JoinIntent) => void;
}

export function JoinPage({ sessionId, phase, notice, onJoin }: JoinPageProps) {
  const { t, i18n } = useTranslation();
  const { state, reload } = useSessionInfo(sessionId);
  const returning = phase.kind === 'idle' && phase.reason !== 'initial';
  const headingRef = useFocusOnMount<HTMLHeadingElement>(returning && state.status === 'loaded');

  const info = state.status === 'loaded' ? state.info : null;
  useDocumentTitle(info ? t('app.documentTitleSession', { title: info.title }) : t('app.name'));

  useEffect(() => {
    if (info) suggestLanguage(i18n, info.language);
  }, [info, i18n]);

  // A changed agreement must be read again: fetch the new text.
  useEffect(() => {
    if (phase.kind === 'failed' && phase.error.code === 'AGREEMENT_CHANGED') reload();
  }, [phase, reload]);

  switch (state.status) {
    case 'loading':
      return (
        <PageShell>
          <LiveRegion className="status-line">{t('join.loading')}</LiveRegion>
        </PageShell>
      );
    case 'not-found':
      return (
        <PageShell>
          <h1>{t('join.notFoundTitle')}</h1>
          <p>{t('join.notFoundBody')}</p>
        </PageShell>
      );
    case 'unavailable':
      return (
        <PageShell>
          <p role="alert">{t('join.loadFailed')}</p>
          <button type="button" className="button" onClick={reload}>
            {t('join.retry')}
          </button>
        </PageShell>
      );
    case 'loaded':
      break;
  }

  const { info: session } = state;
  return (
    <PageShell>
      <p className="eyebrow">
        <bdi>{session.groupName}</bdi>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        <bdi>{session.title}</bdi>
      </h1>
      <LiveRegion className="notice">
        {phase.kind === 'idle' && phase.reason === 'left' && t('join.left')}
        {phase.kind === 'idle' && phase.reason === 'removed' && t('join.removed')}
      </LiveRegion>

      <section className="agreement" aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">{t('join.agreementHeading')}</h2>
        <p>{t('join.agreementIntro')}</p>
        <div className="agreement-text" dir="auto" lang={session.language}>
          {session.agreement.text}
        </div>
      </section>

      <JoinForm
        agreementVersion={session.agreement.version}
        phase={phase}
        notice={notice}
        onJoin={onJoin}
      />
      <p className="muted">{t('join.privacy')}</p>
    </PageShell>
  );
}
