import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADCOUNT_MAX, type SessionRoster } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { WithName } from '../../ui/WithName';
import { Field } from '../staff/Field';
import { parseWholeNumber, type FieldError } from '../staff/form-check';
import { useErrorText } from '../staff/use-error-text';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { useRoster } from './use-roster';

type Person = SessionRoster['people'][number];
type Member = SessionRoster['notHere'][number];

/** What the status line says after a change went through. */
type Done =
  { key: 'checkin.checkedIn' | 'checkin.undone'; name: string } | { key: 'checkin.headcountSaved' };

interface RosterPanelProps {
  groupId: string;
  sessionId: string;
}

/** One roster for the session: who came (and how), who has not, and people without a phone. */
export function RosterPanel({ groupId, sessionId }: RosterPanelProps) {
  const { t } = useTranslation('staff');
  const errorText = useErrorText();
  const headingId = useId();
  const hereId = useId();
  const notHereId = useId();
  // A pressed button leaves with its person: focus waits at the heading of the list it was in.
  const hereHeading = useRef<HTMLHeadingElement>(null);
  const notHereHeading = useRef<HTMLHeadingElement>(null);
  const { roster, error, replace } = useRoster(groupId, sessionId);
  const action = useSubmit<SessionRoster>();
  const [done, setDone] = useState<Done | null>(null);

  /** `from`: the list the pressed button was in. */
  const mark = (member: Member | Person, present: boolean, from: 'here' | 'notHere') =>
    void action
      .run(() =>
        staffCall('checkin:manual', {
          params: { groupId, sessionId, memberId: member.memberId },
          body: { present },
        }),
      )
      .then((result) => {
        if (!result?.ok) return;
        replace(result.data);
        setDone({
          key: present ? 'checkin.checkedIn' : 'checkin.undone',
          name: member.displayName,
        });
        (from === 'here' ? hereHeading : notHereHeading).current?.focus();
      });

  const saveHeadcount = (count: number, onSaved: () => void) =>
    void action
      .run(() =>
        staffCall('checkin:headcount', { params: { groupId, sessionId }, body: { count } }),
      )
      .then((result) => {
        if (!result?.ok) return;
        replace(result.data);
        setDone({ key: 'checkin.headcountSaved' });
        onSaved();
      });

  let status: ReactNode = '';
  if (action.state.kind === 'busy') status = t('common.saving');
  else if (action.state.kind === 'failed') status = errorText(action.state.error);
  else if (action.state.kind === 'done' && done)
    status =
      done.key === 'checkin.headcountSaved' ? (
        t(done.key)
      ) : (
        <WithName sentence={(name) => t(done.key, { name })} name={done.name} />
      );

  return (
    <section className="staff-section venue-roster" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checkin.rosterHeading')}</h2>
      {roster === null ? (
        <LiveRegion>{error ? errorText(error) : t('common.loading')}</LiveRegion>
      ) : (
        <>
          <Counts roster={roster} />
          <LiveRegion className={error ? 'form-status error' : undefined}>
            {error && t('checkin.refreshFailed')}
          </LiveRegion>

          <h3 id={hereId} ref={hereHeading} tabIndex={-1}>
            {t('checkin.hereHeading')}
          </h3>
          {roster.people.length === 0 ? (
            <p>{t('checkin.nobody')}</p>
          ) : (
            <ul className="item-list" aria-labelledby={hereId}>
              {roster.people.map((person) => (
                <li key={person.memberId} className="item item-row">
                  <div>
                    <p className="item-title">
                      <bdi>{person.displayName}</bdi>
                    </p>
                    <p className="item-meta">
                      {t(`checkin.how.${person.method}`)}
                      {person.alsoOnline && ` · ${t('checkin.alsoOnline')}`}
                    </p>
                  </div>
                  {person.method === 'online' ? (
                    // In a hybrid session, someone in the room may have joined online too.
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('checkin.checkInName', { name: person.displayName })}
                      aria-busy={action.busy}
                      onClick={() => mark(person, true, 'here')}
                    >
                      {t('checkin.checkIn')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('checkin.undoName', { name: person.displayName })}
                      aria-busy={action.busy}
                      onClick={() => mark(person, false, 'here')}
                    >
                      {t('checkin.undo')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}

          <h3 id={notHereId} ref={notHereHeading} tabIndex={-1}>
            {t('checkin.notHereHeading')}
          </h3>
          {roster.notHere.length === 0 ? (
            <p>{t('checkin.everyone')}</p>
          ) : (
            <ul className="item-list" aria-labelledby={notHereId}>
              {roster.notHere.map((member) => (
                <li key={member.memberId} className="item item-row">
                  <div>
                    <p className="item-title">
                      <bdi>{member.displayName}</bdi>
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('checkin.checkInName', { name: member.displayName })}
                    aria-busy={action.busy}
                    onClick={() => mark(member, true, 'notHere')}
                  >
                    {t('checkin.checkIn')}
                  </button>
                </li>
              ))}
            </ul>
          )}

          <HeadcountForm saved={roster.headcount} busy={action.busy} onSave={saveHeadcount} />
        </>
      )}
      <LiveRegion className={action.state.kind === 'failed' ? 'form-status error' : 'form-status'}>
        {status}
      </LiveRegion>
    </section>
  );
}

function Counts({ roster }: { roster: SessionRoster }) {
  const { t, i18n } = useTranslation('staff');
  const number = new Intl.NumberFormat(i18n.language);
  const counts = [
    ['inPerson', roster.inPerson],
    ['online', roster.online],
    ['headcount', roster.headcount],
    ['total', roster.total],
  ] as const;
  return (
    <dl className="roster-counts">
      {counts.map(([key, value]) => (
        <div key={key} className={key === 'total' ? 'roster-count total' : 'roster-count'}>
          <dt>{t(`checkin.counts.${key}`)}</dt>
          <dd>{number.format(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface HeadcountFormProps {
  saved: number;
  busy: boolean;
  onSave: (count: number, onSaved: () => void) => void;
}

/** People without a phone: a number, never names. */
function HeadcountForm({ saved, busy, onSave }: HeadcountFormProps) {
  const { t } = useTranslation('staff');
  // Null until typed in: until then the field follows the saved count as the list refreshes.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<FieldError | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseWholeNumber(draft ?? String(saved), 0, HEADCOUNT_MAX);
    if (!parsed.ok) {
      setError(parsed.error);
      input.current?.focus();
      return;
    }
    setError(null);
    onSave(parsed.value, () => setDraft(null));
  };

  return (
    <form className="staff-form subform headcount-form" noValidate onSubmit={submit}>
      <Field label={t('checkin.headcount')} hint={t('checkin.headcountHint')} error={error}>
        {(control) => (
          <input
            {...control}
            ref={input}
            className="narrow"
            type="number"
            inputMode="numeric"
            min={0}
            max={HEADCOUNT_MAX}
            value={draft ?? String(saved)}
            onChange={(e) => setDraft(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button primary" aria-busy={busy}>
        {t('checkin.saveHeadcount')}
      </button>
    </form>
  );
}
