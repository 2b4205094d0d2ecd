import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateSessionRequest, type GroupView, type SessionView } from '@haven/protocol';
import type { z } from 'zod';
import { paths } from '../../app/routes';
import { Link } from '../../ui/Link';
import { formatDate } from '../../ui/format-date';
import { CopyButton } from '../../ui/CopyButton';
import { CheckField, Field, useFocusFirstInvalid } from '../staff/Field';
import { checkText, type FieldError } from '../staff/form-check';
import { LoadStatus } from '../staff/LoadStatus';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';

const TITLE_MAX = CreateSessionRequest.shape.title.maxLength ?? 120;

type Session = z.infer<typeof SessionView>;

const sessionLink = (id: string) => new URL(paths.session(id), window.location.origin).href;

/**
 * The group's sessions, newest first. Each link opens the room (staff go in with their
 * account); members need the same link, so it can be copied to send to them.
 */
export function GroupSessions({ group, canEdit }: { group: GroupView; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const { state, reload, update } = useLoad(group.id, (signal) =>
    staffCall('sessions:list', { params: { groupId: group.id }, signal }),
  );
  const added = (session: Session) => update((data) => ({ sessions: [session, ...data.sessions] }));

  return (
    <section id="sessions" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sessions.heading')}</h2>
      <p className="muted">{t('sessions.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.sessions.length === 0 ? (
          <p>{t('sessions.none')}</p>
        ) : (
          <ul className="item-list" aria-labelledby={headingId}>
            {state.data.sessions.map((session) => (
              <li key={session.id} className="item item-row">
                <div>
                  <a className="item-title" href={paths.session(session.id)}>
                    <bdi>{session.title}</bdi>
                  </a>
                  <p className="item-meta">
                    {t('sessions.created', { date: formatDate(session.createdAt, i18n.language) })}
                  </p>
                </div>
                <div className="actions">
                  <CopyButton
                    text={sessionLink(session.id)}
                    label={t('sessions.copy')}
                    name={t('sessions.copyName', { title: session.title })}
                  />
                  {/* The log and the reports are for the group's facilitators, as the server decides. */}
                  {canEdit && (
                    <>
                      <Link
                        className="button small"
                        href={paths.sessionAudit(group.id, session.id)}
                        aria-label={t('sessions.auditName', { title: session.title })}
                      >
                        {t('sessions.audit')}
                      </Link>
                      <Link
                        className="button small"
                        href={paths.sessionReports(group.id, session.id)}
                        aria-label={t('sessions.reportsName', { title: session.title })}
                      >
                        {t('sessions.reports')}
                      </Link>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        ))}
      {canEdit && !group.archived && <NewSessionForm group={group} onCreated={added} />}
    </section>
  );
}

function NewSessionForm({
  group,
  onCreated,
}: {
  group: GroupView;
  onCreated: (s: Session) => void;
}) {
  const { t } = useTranslation('staff');
  const [title, setTitle] = useState('');
  // The server's default too: in a closed group, people wait until a moderator lets them in.
  const [lobby, setLobby] = useState(group.visibility === 'closed');
  const [errors, setErrors] = useState<{ title?: FieldError }>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy } = useSubmit<Session>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = title.trim();
    const error = checkText(trimmed, { required: true, max: TITLE_MAX });
    setErrors(error ? { title: error } : {});
    if (error) return;
    void run(() =>
      staffCall('sessions:create', {
        params: { groupId: group.id },
        body: { title: trimmed, lobby },
      }),
    ).then((result) => {
      if (!result?.ok) return;
      setTitle('');
      onCreated(result.data);
    });
  };

  return (
    <form ref={form} className="staff-form subform" noValidate onSubmit={submit}>
      <h3>{t('sessions.newHeading')}</h3>
      <Field label={t('sessions.title')} hint={t('sessions.titleHint')} error={errors.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={TITLE_MAX}
            autoComplete="off"
            dir="auto"
          />
        )}
      </Field>
      <CheckField label={t('sessions.lobby')} checked={lobby} onChange={setLobby} />
      <button type="submit" className="button primary" aria-busy={busy}>
        {t('sessions.submit')}
      </button>
      <SubmitStatus
        state={state}
        busy={t('common.creating')}
        done={(session) => t('sessions.createdNew', { title: session.title })}
      />
    </form>
  );
}
