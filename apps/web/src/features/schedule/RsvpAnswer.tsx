import { useTranslation } from 'react-i18next';
import type { ErrorBody, HttpBody, MyScheduledSession } from '@haven/protocol';
import { callRoute } from '../../services/api';
import { LiveRegion } from '../../ui/LiveRegion';
import { useSubmit } from '../staff/use-submit';
import { rsvpPressed, rsvpWording } from './rsvp-view';

type Answer = HttpBody<'me:rsvp'>['answer'];

interface RsvpAnswerProps {
  session: MyScheduledSession;
  /** The session's times as the item shows them, to tell its answer buttons apart. */
  when: string;
  onAnswered: (session: MyScheduledSession) => void;
  onFailed: (error: ErrorBody) => void;
}

/** "Going" / "Not going", and where that leaves the person (a seat, or the waiting list). */
export function RsvpAnswer({ session, when, onAnswered, onFailed }: RsvpAnswerProps) {
  const { t } = useTranslation();
  const answer = useSubmit<MyScheduledSession>();
  const pressed = rsvpPressed(session.myRsvp);

  const reply = (to: Answer) =>
    void answer
      .run(() => callRoute('me:rsvp', { params: { sessionId: session.id }, body: { answer: to } }))
      .then((result) => {
        if (result?.ok) onAnswered(result.data);
        else if (result) onFailed(result.error);
      });

  return (
    <>
      {/* Said again when an answer changes it: the reply tells a seat from the waiting list. */}
      <LiveRegion className="my-session-answer">
        {answer.busy ? t('mySessions.saving') : t(`mySessions.rsvp.${rsvpWording(session.myRsvp)}`)}
      </LiveRegion>
      <div
        role="group"
        className="actions"
        aria-label={t('mySessions.answerFor', { title: session.title, when })}
      >
        <button
          type="button"
          className="button toggle"
          aria-pressed={pressed.going}
          aria-busy={answer.busy}
          onClick={() => reply('going')}
        >
          {t('mySessions.going')}
        </button>
        <button
          type="button"
          className="button toggle"
          aria-pressed={pressed.notGoing}
          aria-busy={answer.busy}
          onClick={() => reply('not_going')}
        >
          {t('mySessions.notGoing')}
        </button>
      </div>
    </>
  );
}
