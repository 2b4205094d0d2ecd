import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, ErrorCode } from '@haven/protocol';
import { suggestLanguage } from '../../i18n';
import { deviceTokens } from '../../services/device';
import { PageShell } from '../../ui/PageShell';
import { LiveRegion } from '../../ui/LiveRegion';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import type { Credentials, Door, Notice, SessionPhase } from '../room/session-controller';
import { AgreementText } from './AgreementText';
import { arrivedFromInvite, forgetArrival } from './arrival';
import { enterWithForm, type EntryForm, type FormEntry } from './entry';
import { JoinForm, type FormStatus } from './JoinForm';
import { ScheduleNotice } from './ScheduleNotice';
import { entryDeps, useEntry } from './use-entry';
import { useRoomOpening } from './use-room-opening';
import { useSessionInfo } from './use-session-info';

type JoinPhase = Exclude<SessionPhase, { kind: 'joined' | 'closed' | 'waiting' | 'denied' }>;

interface JoinPageProps {
  sessionId: string;
  phase: JoinPhase;
  notice: Notice | null;
  /** Staff need no door: they are let in at once. */
  onEnter: (credentials: Credentials, door?: Door) => void;
}

/**
 * Refusals that may mean the person's place in the group changed, or the session's plan did
 * (a closed room may have been moved or cancelled meanwhile): look it up again.
 */
const RECHECK: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'AGREEMENT_CHANGED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'ROOM_CLOSED',
]);

type Submission = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: ErrorBody };

/**
 * `/s/<sessionId>` before the room: who this browser is in the group decides what it shows
 * (see `Entry`): straight in for staff, the form for members and open groups, or why not.
 */
export function JoinPage({ sessionId, phase, notice, onEnter }: JoinPageProps) {
  const { t, i18n } = useTranslation();
  const { state, reload } = useSessionInfo(sessionId);
  const info = state.status === 'loaded' ? state.info : null;
  const { state: entryState, settle } = useEntry(info);
  const entry = entryState.status === 'ready' ? entryState.entry : null;
  const [submission, setSubmission] = useState<Submission>({ kind: 'idle' });
  const opening = useRoomOpening(info?.schedule ?? null);
  // Nobody enters a cancelled session; participants wait for the room to open (staff may be
  // let in earlier: the server decides, so they are not held back here).
  const cancelled = opening?.kind === 'cancelled';
  const notYet = opening?.kind === 'not-yet';

  const [fromInvite] = useState(() => arrivedFromInvite(sessionId));
  useEffect(() => forgetArrival(sessionId), [sessionId]);

  // Coming back from the room (left, removed, refused): start reading at the top.
  const [arrivedIn] = useState(phase);
  const returning = !(arrivedIn.kind === 'idle' && arrivedIn.reason === 'initial');
  const headingRef = useFocusOnMount<HTMLHeadingElement>(returning && entry !== null);

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useDocumentTitle(info ? t('app.documentTitleSession', { title: info.title }) : t('app.name'));

  useEffect(() => {
    if (info) suggestLanguage(i18n, info.language);
  }, [info, i18n]);

  useEffect(() => {
    if (phase.kind === 'failed' && RECHECK.has(phase.error.code)) reload();
  }, [phase, reload]);

  // Staff go straight in on arrival, and so does someone who has just accepted an invite to the
  // group (name and agreement done a moment ago). After leaving or a refusal, the page is theirs.
  const [refused, setRefused] = useState(false);
  if (phase.kind === 'failed' && !refused) setRefused(true);
  const automatic =
    !returning &&
    !refused &&
    !cancelled &&
    (entry?.kind === 'staff' ||
      (entry?.kind === 'member' && !notYet && fromInvite && deviceTokens.load() !== null));
  useEffect(() => {
    if (!automatic || phase.kind !== 'idle') return;
    const deviceToken = deviceTokens.load();
    if (entry?.kind === 'staff') onEnter({ kind: 'staff' });
    else if (deviceToken !== null && info)
      onEnter({ kind: 'participant', deviceToken }, { lobby: info.lobby });
  }, [automatic, entry, phase, onEnter, info]);

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
  const joining = phase.kind === 'joining';
  const refusal = phase.kind === 'failed' ? phase.error.code : null;

  async function submit(formEntry: FormEntry, form: EntryForm): Promise<void> {
    setSubmission({ kind: 'busy' });
    const result = await enterWithForm(session, formEntry, form, entryDeps);
    if (!mounted.current) return;
    if (!result.ok) {
      setSubmission({ kind: 'failed', error: result.error });
      if (RECHECK.has(result.error.code)) reload();
      return;
    }
    if (result.data === 'requested') {
      setSubmission({ kind: 'idle' });
      settle({ kind: 'awaiting-approval' });
      return;
    }
    const deviceToken = deviceTokens.load();
    // Joining first: the form stays busy from the request to the room, with no gap between.
    if (deviceToken !== null)
      onEnter({ kind: 'participant', deviceToken }, { lobby: session.lobby });
    setSubmission(
      deviceToken === null
        ? { kind: 'failed', error: { code: 'UNAUTHENTICATED', message: '' } }
        : { kind: 'idle' },
    );
  }

  function refusalText(code: ErrorCode): string {
    if (code === 'FORBIDDEN') return t('join.forbidden');
    // A session ended by its moderators is gone for good, like one that never existed.
    if (code === 'NOT_FOUND') return t('join.endedOrGone');
    return t(`errors.${code}`);
  }

  const joiningText = `${t('join.joining')}${joining && notice ? ` ${t(`errors.${notice.code}`)}` : ''}`;
  const formStatus: FormStatus =
    submission.kind === 'busy' || joining
      ? { kind: 'busy', text: joiningText }
      : submission.kind === 'failed'
        ? {
            kind: 'failed',
            text:
              submission.error.code === 'FORBIDDEN'
                ? t('join.forbidden')
                : t(`errors.${submission.error.code}`),
          }
        : { kind: 'idle' };

  function body() {
    if (entryState.status === 'loading')
      return <LiveRegion className="status-line">{t('join.loading')}</LiveRegion>;
    if (entryState.status === 'failed')
      return (
        <>
          <p role="alert">{t(`errors.${entryState.error.code}`)}</p>
          <button type="button" className="button" onClick={reload}>
            {t('join.retry')}
          </button>
        </>
      );
    // A cancelled session has no way in: the notice above says so, and nothing more is asked.
    if (cancelled) return null;
    // No form to fill in or button to press while it goes in by itself.
    if (automatic) return <LiveRegion className="status-line">{joiningText}</LiveRegion>;
    const { entry: current } = entryState;
    switch (current.kind) {
      case 'staff':
        return (
          <div className="join-form">
            <p>{t('join.staffIntro')}</p>
            <button
              type="button"
              className="button primary"
              aria-busy={joining}
              onClick={() => {
                if (!joining) onEnter({ kind: 'staff' });
              }}
            >
              {t('join.submit')}
            </button>
            <LiveRegion className="form-status">{joining && joiningText}</LiveRegion>
          </div>
        );
      case 'awaiting-approval':
        return (
          <>
            <h2>{t('join.awaitingTitle')}</h2>
            <p>{t('join.awaitingBody')}</p>
            <button type="button" className="button" onClick={reload}>
              {t('join.checkAgain')}
            </button>
          </>
        );
      case 'invite-only':
        return (
          <>
            <h2>{t('join.inviteOnlyTitle')}</h2>
            <p>{t('join.inviteOnlyBody')}</p>
            <p>{t('home.noLink')}</p>
          </>
        );
      case 'member':
      case 'agreement-changed':
      case 'open': {
        const agreement =
          current.kind === 'open' ? session.agreement : current.membership.agreement;
        return (
          <>
            {current.kind === 'agreement-changed' && (
              <p className="notice">{t('join.agreementChanged')}</p>
            )}
            <AgreementText agreement={agreement} language={session.language} />
            <JoinForm
              // A new kind of entry starts from its own name and consent.
              key={current.kind}
              agreementVersion={agreement.version}
              initialName={current.kind === 'open' ? '' : current.membership.displayName}
              initiallyAgreed={current.kind === 'member'}
              submitLabel={t('join.submit')}
              status={formStatus}
              onSubmit={(form) => void submit(current, form)}
            />
          </>
        );
      }
    }
  }

  return (
    <PageShell>
      <p className="eyebrow">
        <bdi>{session.groupName}</bdi>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        <bdi>{session.title}</bdi>
      </h1>
      {session.schedule && opening && (
        <ScheduleNotice schedule={session.schedule} opening={opening} />
      )}
      <LiveRegion className={refusal ? 'notice error' : 'notice'}>
        {phase.kind === 'idle' && phase.reason === 'left' && t('join.left')}
        {phase.kind === 'idle' && phase.reason === 'removed' && t('join.removed')}
        {refusal && refusalText(refusal)}
      </LiveRegion>
      {refusal === 'UNSUPPORTED_PROTOCOL' && (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('connection.reload')}
        </button>
      )}
      {body()}
      {entry?.kind !== 'staff' && <p className="muted">{t('join.privacy')}</p>}
    </PageShell>
  );
}
