import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/routes';
import { deviceTokens } from '../../services/device';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { LiveRegion } from '../../ui/LiveRegion';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useMounted } from '../../ui/use-mounted';
import { WithName } from '../../ui/WithName';
import { codeFromFragment, normalizeCode } from './checkin-code';
import type { CheckinOutcome, FlushedCheckin } from './checkin-queue';
import { CheckinReport } from './CheckinReport';
import { checkinQueue } from './queued-checkins';
import { useCheckinFlush } from './use-checkin-flush';
import { useRefusalText } from './use-refusal-text';

type View = { kind: 'idle' } | { kind: 'sending' } | { kind: 'no-identity' } | CheckinOutcome;

/** Longer than any page load: beyond it, the page was not opened by the scan just now. */
const LOAD_SLACK_MS = 2 * 60_000;

const withoutFragment = (url: string): string => url.split('#')[0] ?? url;

/**
 * When a scanned code was seen: as the page started loading, if this page was loaded from this
 * very address. On a slow connection that is seconds before the code could be read out, and a
 * code is judged by the moment it was entered.
 */
function seenAt(href: string): number {
  const now = Date.now();
  const [entry] = performance.getEntriesByType('navigation');
  const start = Math.round(performance.timeOrigin);
  const loadedHere = entry !== undefined && withoutFragment(entry.name) === withoutFragment(href);
  return loadedHere && start <= now && now - start < LOAD_SLACK_MS ? start : now;
}

/** Cleared from the address bar at once: a code left in the tab's history is of no use to anyone. */
function takeFragment(): void {
  const { hash, pathname, search } = window.location;
  if (hash) window.history.replaceState(window.history.state, '', pathname + search);
}

/**
 * `/check-in/<sessionId>`, opened by the venue's QR code (the code in the fragment) or typed at
 * the door. The check-in is kept on the phone first, so a venue without signal loses nothing.
 */
export function CheckInPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const refusal = useRefusalText();
  const id = useId();
  const mounted = useMounted();
  useDocumentTitle(t('app.documentTitleSession', { title: t('checkIn.title') }));
  const [fromLink] = useState(() => {
    const code = codeFromFragment(window.location.hash);
    return code === null ? null : { code, at: seenAt(window.location.href) };
  });
  const [typed, setTyped] = useState(fromLink?.code ?? '');
  const [invalid, setInvalid] = useState(false);
  const [view, setView] = useState<View>(() =>
    checkinQueue.pending().some((item) => item.sessionId === sessionId)
      ? { kind: 'saved' }
      : { kind: 'idle' },
  );
  const [others, setOthers] = useState<FlushedCheckin[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  const hear = (report: FlushedCheckin[]) => {
    const mine = report.filter((entry) => entry.item.sessionId === sessionId);
    const last = mine[mine.length - 1];
    if (last) setView(last.outcome);
    setOthers(report.filter((entry) => entry.item.sessionId !== sessionId));
  };

  const submit = (code: string, enteredAt?: number) => {
    // Without this phone's key the server cannot know who checks in: nothing to keep for later.
    if (deviceTokens.load() === null) {
      setView({ kind: 'no-identity' });
      return;
    }
    setView({ kind: 'sending' });
    checkinQueue.add(sessionId, code, enteredAt);
    void checkinQueue.flush().then((report) => {
      if (mounted.current) hear(report);
    });
  };

  const submitLatest = useRef(submit);
  useEffect(() => {
    submitLatest.current = submit;
  });

  // A scanned code is sent as the page opens (once, even under StrictMode's second run).
  useEffect(() => {
    takeFragment();
    if (started.current) return;
    started.current = true;
    if (fromLink !== null) submit(fromLink.code, fromLink.at);
  }, []);
  // Scanning again while this page is open may only change its fragment.
  useEffect(() => {
    const onHash = () => {
      const code = codeFromFragment(window.location.hash);
      takeFragment();
      if (code === null) return;
      setTyped(code);
      submitLatest.current(code);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // The scanned code's own send flushes the queue; otherwise whatever waits goes now.
  useCheckinFlush(hear, fromLink === null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.kind === 'sending') return;
    const code = normalizeCode(typed);
    setInvalid(code === null);
    if (code === null) {
      input.current?.focus();
      return;
    }
    submit(code);
  };

  let status: ReactNode = '';
  switch (view.kind) {
    case 'idle':
      break;
    case 'sending':
      status = t('checkIn.sending');
      break;
    case 'saved':
      status = t('checkIn.saved');
      break;
    case 'no-identity':
      status = t('checkIn.noIdentity');
      break;
    case 'checked-in':
      status = (
        <WithName sentence={(title) => t('checkIn.done', { title })} name={view.sessionTitle} />
      );
      break;
    case 'refused':
      status = refusal(view.error);
      break;
    case 'expired':
      status = t('checkIn.expired');
      break;
  }
  const failed = ['refused', 'expired', 'no-identity'].includes(view.kind);

  return (
    <PageShell>
      <FocusHeading>{t('checkIn.title')}</FocusHeading>
      <p>{t('checkIn.intro')}</p>
      {/* Above the field, where a phone's keyboard does not cover it. */}
      <LiveRegion className={failed ? 'form-status error' : 'form-status checkin-status'}>
        {status}
      </LiveRegion>
      <LiveRegion>
        <CheckinReport report={others} />
      </LiveRegion>
      <form className="checkin-form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={id}>{t('checkIn.code')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('checkIn.codeHint')}
          </p>
          <input
            ref={input}
            id={id}
            className="checkin-input"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={12}
            dir="ltr"
            value={typed}
            aria-invalid={invalid}
            aria-describedby={`${id}-hint ${id}-error`}
            onChange={(e) => {
              setTyped(e.target.value);
              setInvalid(false);
            }}
          />
          <p id={`${id}-error`} className="field-error">
            {invalid && t('checkIn.invalid')}
          </p>
        </div>
        <button type="submit" className="button primary" aria-busy={view.kind === 'sending'}>
          {t('checkIn.submit')}
        </button>
      </form>
      <p>
        <Link href={paths.mySessions}>{t('checkIn.mySessions')}</Link>
      </p>
    </PageShell>
  );
}
