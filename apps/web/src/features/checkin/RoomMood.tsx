import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { LiveRegion } from '../../ui/LiveRegion';
import { showsArriving } from './mood';
import { MoodFaces } from './MoodFaces';
import type { Mood } from './use-mood';

/**
 * The optional question on arriving: a small card above the room, gone once answered or
 * skipped. `onDone` takes focus somewhere that stays (the card's buttons go with it).
 */
export function ArrivingMood({ mood, onDone }: { mood: Mood; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [thanked, setThanked] = useState(false);
  return (
    <>
      {showsArriving(mood.state) && (
        <section className="mood-card" aria-labelledby={headingId}>
          <h2 id={headingId}>{t('mood.arriving')}</h2>
          <p className="hint">{t('mood.hint')}</p>
          <div className="mood-row">
            <MoodFaces
              label={t('mood.arriving')}
              onAnswer={(value) => {
                mood.dispatch({ kind: 'answer', phase: 'in', value });
                setThanked(true);
                onDone();
              }}
            />
            <button
              type="button"
              className="button small quiet"
              onClick={() => {
                mood.dispatch({ kind: 'skip', phase: 'in' });
                onDone();
              }}
            >
              {t('mood.skip')}
            </button>
          </div>
        </section>
      )}
      <LiveRegion className="visually-hidden">{thanked && t('mood.thanks')}</LiveRegion>
    </>
  );
}

/** The same question on the way out, asked once; the person leaves whatever they choose. */
export function LeavingMood({ mood }: { mood: Mood }) {
  const { t } = useTranslation();
  if (!mood.state.leaving) return null;
  return (
    <Dialog title={t('mood.leaving')} onClose={() => mood.dispatch({ kind: 'stay' })}>
      <p className="hint">{t('mood.hint')}</p>
      <MoodFaces
        label={t('mood.leaving')}
        onAnswer={(value) => mood.dispatch({ kind: 'answer', phase: 'out', value })}
      />
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={() => mood.dispatch({ kind: 'skip', phase: 'out' })}
        >
          {t('mood.skipAndLeave')}
        </button>
      </div>
    </Dialog>
  );
}
