import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, ErrorCode, InvitedGroup, MyMembership } from '@haven/protocol';
import { LanguageChoice } from '../../i18n/LanguageChoice';
import { suggestLanguage } from '../../i18n';
import { callRoute } from '../../services/api';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { LiveRegion } from '../../ui/LiveRegion';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AgreementText } from '../join/AgreementText';
import { noteArrivalFromInvite } from '../join/arrival';
import type { EntryForm } from '../join/entry';
import { JoinForm, type FormStatus } from '../join/JoinForm';
import { entryDeps } from '../join/use-entry';
import { acceptInvite, membershipOf, type InviteOutcome } from './invite-flow';
import { forgetInviteToken, keepInviteToken, readInviteToken } from './invite-token';

type Group = InvitedGroup['group'];

type Inspection =
  { kind: 'loading' } | { kind: 'ready'; group: Group } | { kind: 'failed'; error: ErrorBody };

type Submission = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: ErrorBody };

/** The link itself is no good: asking again cannot help, only a new link can. */
const DEAD_LINK: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVITE_EXPIRED',
  'INVITE_REVOKED',
  'NOT_FOUND',
]);

/** `/join#<token>`: language first, then the group and its agreement, then its sessions. */
export function InvitePage() {
  const [token, setToken] = useState(readInviteToken);
  const [languageChosen, setLanguageChosen] = useState(false);

  useEffect(() => keepInviteToken(token), [token]);

  // Another invite opened in this tab changes only the fragment: no page load follows.
  useEffect(() => {
    const onHashChange = () => {
      const next = readInviteToken();
      keepInviteToken(next);
      if (next !== null) setToken(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  return (
    <InviteFlow
      key={token ?? ''}
      token={token}
      languageChosen={languageChosen}
      onLanguageChosen={() => setLanguageChosen(true)}
    />
  );
}

interface InviteFlowProps {
  token: string | null;
  languageChosen: boolean;
  onLanguageChosen: () => void;
}

function InviteFlow({ token, languageChosen, onLanguageChosen }: InviteFlowProps) {
  const { t, i18n } = useTranslation();
  const [inspection, setInspection] = useState<Inspection>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [submission, setSubmission] = useState<Submission>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<InviteOutcome | null>(null);

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Looked up while the person picks a language, so the next step is ready when they are.
  useEffect(() => {
    if (token === null) return;
    const controller = new AbortController();
    void callRoute('invites:inspect', { body: { token }, signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted) return;
        setInspection(
          result.ok
            ? { kind: 'ready', group: result.data.group }
            : { kind: 'failed', error: result.error },
        );
      },
    );
    return () => controller.abort();
  }, [token, attempt]);

  const group = inspection.kind === 'ready' ? inspection.group : null;
  useDocumentTitle(group ? t('app.documentTitleSession', { title: group.name }) : t('app.name'));
  useEffect(() => {
    if (group) suggestLanguage(i18n, group.language);
  }, [group, i18n]);

  const retryInspection = () => {
    setInspection((current) => (current.kind === 'failed' ? { kind: 'loading' } : current));
    setAttempt((n) => n + 1);
  };

  async function accept(inviteToken: string, form: EntryForm): Promise<void> {
    setSubmission({ kind: 'busy' });
    const result = await acceptInvite(inviteToken, form, entryDeps);
    if (!mounted.current) return;
    if (!result.ok) {
      const { error } = result;
      if (DEAD_LINK.has(error.code)) setInspection({ kind: 'failed', error });
      // A new agreement: show its text (the form asks for consent to it again).
      if (error.code === 'AGREEMENT_CHANGED') retryInspection();
      setSubmission({ kind: 'failed', error });
      return;
    }
    forgetInviteToken();
    setSubmission({ kind: 'idle' });
    setOutcome(result.data);
  }

  async function reloadSessions(groupId: string): Promise<void> {
    const membership = await membershipOf(groupId, entryDeps);
    if (mounted.current) setOutcome({ kind: 'admitted', groupId, membership });
  }

  if (!languageChosen)
    return (
      <PageShell languagePicker={false}>
        <LanguageChoice onChosen={onLanguageChosen} />
      </PageShell>
    );

  if (token === null)
    return (
      <PageShell>
        <FocusHeading>{t('invite.noTokenTitle')}</FocusHeading>
        <p>{t('invite.noTokenBody')}</p>
      </PageShell>
    );

  if (outcome) {
    const groupName = outcome.kind === 'admitted' ? outcome.membership?.groupName : group?.name;
    return (
      <PageShell>
        {groupName && (
          <p className="eyebrow">
            <bdi>{groupName}</bdi>
          </p>
        )}
        {outcome.kind === 'requested' ? (
          <>
            <FocusHeading>{t('invite.awaitingTitle')}</FocusHeading>
            <p>{t('invite.awaitingBody')}</p>
          </>
        ) : (
          <>
            <FocusHeading>{t('invite.joinedTitle')}</FocusHeading>
            {outcome.membership ? (
              <Sessions sessions={outcome.membership.sessions} />
            ) : (
              <>
                <p role="alert">{t('invite.sessionsFailed')}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => void reloadSessions(outcome.groupId)}
                >
                  {t('join.retry')}
                </button>
              </>
            )}
          </>
        )}
        <p className="muted">{t('invite.comeBack')}</p>
      </PageShell>
    );
  }

  switch (inspection.kind) {
    case 'loading':
      return (
        <PageShell>
          <LiveRegion className="status-line">{t('invite.checking')}</LiveRegion>
        </PageShell>
      );
    case 'failed': {
      const { code } = inspection.error;
      if (DEAD_LINK.has(code))
        return (
          <PageShell>
            <FocusHeading>{t('invite.invalidTitle')}</FocusHeading>
            <p role="alert">{code === 'NOT_FOUND' ? t('invite.notFound') : t(`errors.${code}`)}</p>
          </PageShell>
        );
      return (
        <PageShell>
          <p role="alert">{t(`errors.${code}`)}</p>
          <button type="button" className="button" onClick={retryInspection}>
            {t('join.retry')}
          </button>
        </PageShell>
      );
    }
    case 'ready':
      break;
  }

  const invited = inspection.group;
  const status: FormStatus =
    submission.kind === 'busy'
      ? { kind: 'busy', text: t('invite.joining') }
      : submission.kind === 'failed'
        ? { kind: 'failed', text: t(`errors.${submission.error.code}`) }
        : { kind: 'idle' };

  return (
    <PageShell>
      <p className="eyebrow">{t('invite.invitedTo')}</p>
      <FocusHeading>
        <bdi>{invited.name}</bdi>
      </FocusHeading>
      {invited.description && (
        <p dir="auto" lang={invited.language}>
          {invited.description}
        </p>
      )}
      <AgreementText agreement={invited.agreement} language={invited.language} />
      <JoinForm
        agreementVersion={invited.agreement.version}
        submitLabel={t('invite.submit')}
        status={status}
        onSubmit={(form) => void accept(token, form)}
      />
      <p className="muted">{t('join.privacy')}</p>
    </PageShell>
  );
}

function Sessions({ sessions }: { sessions: MyMembership['sessions'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  // Planned sessions are listed on their own page, with answers and calendar files.
  const mySessions = (
    <p>
      <Link href={paths.mySessions}>{t('invite.mySessions')}</Link>
    </p>
  );
  if (sessions.length === 0)
    return (
      <>
        <p>{t('invite.noSessions')}</p>
        {mySessions}
      </>
    );
  return (
    <section className="sessions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('invite.sessionsHeading')}</h2>
      <p>{t('invite.sessionsIntro')}</p>
      <ul className="session-links">
        {sessions.map((session) => (
          <li key={session.id}>
            <Link
              className="button primary"
              href={paths.session(session.id)}
              onClick={() => noteArrivalFromInvite(session.id)}
            >
              <bdi>{session.title}</bdi>
            </Link>
          </li>
        ))}
      </ul>
      {mySessions}
    </section>
  );
}
