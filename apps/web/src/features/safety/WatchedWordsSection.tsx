import { Fragment, useEffect, useId, useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WATCHED_PHRASE_MAX,
  WATCHED_WORDS_MAX,
  type ErrorBody,
  type WatchAction,
  type WatchedWord,
  type WatchedWordList,
} from '@haven/protocol';
import { languageLabel } from '../groups/group-languages';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { LoadStatus } from '../staff/LoadStatus';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useLoad } from '../staff/use-load';
import { useSubmit } from '../staff/use-submit';
import { ListLanguage } from './ListLanguage';
import { loadWatchedWords, ownerKey, saveWatchedWords, type ListOwner } from './safety-lists';
import {
  WATCH_ACTIONS,
  canAddWord,
  checkWords,
  wordsFor,
  wordsFormFrom,
  wordsReducer,
} from './watched-words-form';

const TEXTS = {
  group: { intro: 'watched.intro', noLists: 'watched.noLists', readOnly: 'watched.readOnly' },
  platform: {
    intro: 'watched.platformIntro',
    noLists: 'watched.platformNoLists',
    readOnly: 'watched.platformReadOnly',
  },
} as const;

const ACTION_LABELS = {
  block: 'watched.actions.block',
  hold: 'watched.actions.hold',
  flag: 'watched.actions.flag',
} as const satisfies Record<WatchAction, string>;

const ACTION_HINTS = {
  block: 'watched.actionHints.block',
  hold: 'watched.actionHints.hold',
  flag: 'watched.actionHints.flag',
} as const satisfies Record<WatchAction, string>;

const RULES = [
  'watched.rules.wholeWords',
  'watched.rules.folding',
  'watched.rules.star',
  'watched.rules.everyLanguage',
  'watched.rules.moderators',
] as const;

interface SectionProps {
  owner: ListOwner;
  /** The language whose list is shown first: the group's, or the page's on the platform page. */
  language: string;
  canEdit: boolean;
}

/**
 * Watched words, one list per language: a group's (facilitators edit them, moderators read
 * them, since they handle what the lists hold back) or the platform's (administrators). The
 * server checks every chat message against all of them.
 */
export function WatchedWordsSection({ owner, language, canEdit }: SectionProps) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const texts = TEXTS[owner.kind];
  const { state, reload, update } = useLoad(ownerKey(owner), (signal) =>
    loadWatchedWords(owner, signal),
  );
  const lists = state.status === 'ready' ? state.data.lists : [];

  return (
    <section id="watched-words" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('watched.heading')}</h2>
      <p className="hint">{t(texts.intro)}</p>
      <HowItWorks />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          <h3>{t('watched.lists')}</h3>
          {lists.length === 0 ? (
            <p className="muted">{t(texts.noLists)}</p>
          ) : (
            <ul>
              {lists.map((list) => (
                <li key={list.locale}>
                  {t('watched.count', {
                    language: languageLabel(list.locale, i18n.language),
                    count: list.words.length,
                  })}
                </li>
              ))}
            </ul>
          )}
          {canEdit ? (
            <ListLanguage
              label={t('watched.language')}
              defaultLanguage={language}
              saved={lists.map((l) => l.locale)}
            >
              {/* A fresh form per language: switching never carries one language's edits into another. */}
              {(locale) => (
                <WordsForm
                  key={locale}
                  owner={owner}
                  locale={locale}
                  initial={wordsFor(lists, locale)}
                  onSaved={(next) => update(() => ({ lists: next }))}
                />
              )}
            </ListLanguage>
          ) : (
            <>
              <p className="muted">{t(texts.readOnly)}</p>
              <SavedLists lists={lists} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** How a phrase is matched and what each action does: said once, above the lists. */
function HowItWorks() {
  const { t } = useTranslation('staff');
  return (
    <>
      <ul className="hint watched-rules">
        {RULES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <dl className="summary watched-actions">
        {WATCH_ACTIONS.map((action) => (
          <Fragment key={action}>
            <dt>{t(ACTION_LABELS[action])}</dt>
            <dd>{t(ACTION_HINTS[action])}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}

/** What moderators see: every phrase with its action, by language. */
function SavedLists({ lists }: { lists: readonly WatchedWordList[] }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <>
      {lists.map((list) => {
        const language = languageLabel(list.locale, i18n.language);
        return (
          <div key={list.locale} className="watched-saved">
            <h4>{t('watched.entries', { language })}</h4>
            <ul className="item-list">
              {list.words.map((word) => (
                <li key={word.phrase} className="item item-row">
                  <bdi className="item-title" lang={list.locale}>
                    {word.phrase}
                  </bdi>
                  <span className="tag">{t(ACTION_LABELS[word.action])}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

interface FormProps {
  owner: ListOwner;
  locale: string;
  initial: readonly WatchedWord[];
  onSaved: (lists: WatchedWordList[]) => void;
}

type FocusTarget = { kind: 'phrase'; key: number } | { kind: 'add' };

function WordsForm({ owner, locale, initial, onSaved }: FormProps) {
  const { t, i18n } = useTranslation('staff');
  const [form, dispatch] = useReducer(wordsReducer, initial, wordsFormFrom);
  const [errors, setErrors] = useState<FieldErrors<string>>({});
  const formRef = useFocusFirstInvalid(errors);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const { state, run, busy, reset } = useSubmit<{ lists: WatchedWordList[] }>();
  const language = languageLabel(locale, i18n.language);

  // After adding or removing an entry, focus goes where the person will type or look next,
  // rather than back to the top of the page with the button that disappeared.
  useEffect(() => {
    if (!focus) return;
    if (focus.kind === 'add') addRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>(`[data-phrase="${focus.key}"]`)?.focus();
    setFocus(null);
  }, [focus, formRef]);

  const add = () => {
    const key = form.nextKey;
    dispatch({ kind: 'add' });
    setFocus({ kind: 'phrase', key });
  };

  const remove = (key: number) => {
    const index = form.drafts.findIndex((d) => d.key === key);
    const next = form.drafts[index + 1] ?? form.drafts[index - 1];
    dispatch({ kind: 'remove', key });
    setFocus(next ? { kind: 'phrase', key: next.key } : { kind: 'add' });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkWords(form);
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) {
      reset();
      return;
    }
    void run(() => saveWatchedWords(owner, locale, check.value)).then((result) => {
      if (result?.ok) onSaved(result.data.lists);
    });
  };

  // The check above is the server's own (core's), so a refusal here is rare: said plainly, with
  // the server's words after it rather than parsed for which entry it meant.
  const explain = (error: ErrorBody) =>
    error.code === 'INVALID_ARGUMENT' ? t('watched.refused', { reason: error.message }) : null;

  return (
    <form ref={formRef} className="staff-form" noValidate onSubmit={submit}>
      <h3>{t('watched.entries', { language })}</h3>
      {form.drafts.length === 0 && <p className="muted">{t('watched.none')}</p>}
      <ol className="watched-drafts">
        {form.drafts.map((draft, index) => {
          const number = index + 1;
          return (
            <li key={draft.key} className="watched-entry">
              <Field
                label={t('watched.phrase', { number })}
                error={errors[String(draft.key)] ?? null}
              >
                {(control) => (
                  <input
                    {...control}
                    data-phrase={draft.key}
                    type="text"
                    dir="auto"
                    lang={locale}
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={WATCHED_PHRASE_MAX}
                    value={draft.phrase}
                    onChange={(e) =>
                      dispatch({ kind: 'phrase', key: draft.key, value: e.target.value })
                    }
                  />
                )}
              </Field>
              <Field label={t('watched.action', { number })}>
                {(control) => (
                  <select
                    {...control}
                    value={draft.action}
                    onChange={(e) => {
                      const action = WATCH_ACTIONS.find((a) => a === e.target.value);
                      if (action) dispatch({ kind: 'action', key: draft.key, value: action });
                    }}
                  >
                    {WATCH_ACTIONS.map((action) => (
                      <option key={action} value={action}>
                        {t(ACTION_LABELS[action])}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button
                type="button"
                className="button small danger-outline"
                onClick={() => remove(draft.key)}
              >
                {t('watched.remove', { number })}
              </button>
            </li>
          );
        })}
      </ol>
      {canAddWord(form) ? (
        <button ref={addRef} type="button" className="button" onClick={add}>
          {t('watched.add')}
        </button>
      ) : (
        <p className="hint">{t('watched.full', { max: WATCHED_WORDS_MAX })}</p>
      )}
      <div>
        <button type="submit" className="button primary" aria-busy={busy}>
          {t('watched.save')}
        </button>
      </div>
      <SubmitStatus
        state={state}
        busy={t('common.saving')}
        done={t('watched.saved')}
        explain={explain}
      />
    </form>
  );
}
