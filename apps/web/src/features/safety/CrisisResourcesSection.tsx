import { useId, useReducer, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CRISIS_RESOURCES_MAX, type CrisisResourceList } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { languageLabel } from '../groups/group-languages';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useErrorText } from '../staff/use-error-text';
import { useLoad } from '../staff/use-load';
import { useSubmit } from '../staff/use-submit';
import { ListLanguage } from './ListLanguage';
import {
  RESOURCE_RULES,
  canAdd,
  checkResources,
  fieldKey,
  formFrom,
  listFor,
  resourcesReducer,
  type ResourceField,
} from './resources-form';
import { loadResources, ownerKey, saveResources, type ListOwner } from './safety-lists';

const TEXTS = {
  group: { intro: 'crisis.intro', noLists: 'crisis.noLists', readOnly: 'crisis.readOnly' },
  platform: {
    intro: 'crisis.platformIntro',
    noLists: 'crisis.platformNoLists',
    readOnly: 'crisis.platformReadOnly',
  },
} as const;

interface SectionProps {
  owner: ListOwner;
  /** The language whose list is shown first: the group's, or the page's on the platform page. */
  language: string;
  canEdit: boolean;
}

/**
 * Crisis resources, one list per language: a group's (facilitators edit them, moderators read
 * them) or the platform's (administrators). Participants are shown their group's list in their
 * language, or else the platform's.
 */
export function CrisisResourcesSection({ owner, language, canEdit }: SectionProps) {
  const { t, i18n } = useTranslation('staff');
  const errorText = useErrorText();
  const headingId = useId();
  const texts = TEXTS[owner.kind];
  const { state, reload, update } = useLoad(ownerKey(owner), (signal) =>
    loadResources(owner, signal),
  );
  const lists = state.status === 'ready' ? state.data.lists : [];
  const label = (tag: string) => languageLabel(tag, i18n.language);

  return (
    <section id="crisis" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('crisis.heading')}</h2>
      <p className="hint">{t(texts.intro)}</p>
      {state.status === 'loading' && <LiveRegion>{t('common.loading')}</LiveRegion>}
      {state.status === 'failed' && (
        <>
          <p role="alert">{errorText(state.error)}</p>
          <button type="button" className="button" onClick={reload}>
            {t('common.retry')}
          </button>
        </>
      )}
      {state.status === 'ready' && (
        <>
          <h3>{t('crisis.otherLists')}</h3>
          {lists.length === 0 ? (
            <p className="muted">{t(texts.noLists)}</p>
          ) : (
            <ul>
              {lists.map((list) => (
                <li key={list.locale}>
                  {t('crisis.count', {
                    language: label(list.locale),
                    count: list.resources.length,
                  })}
                </li>
              ))}
            </ul>
          )}
          {canEdit ? (
            <ListLanguage
              label={t('crisis.language')}
              defaultLanguage={language}
              saved={lists.map((l) => l.locale)}
            >
              {/* A fresh form per language: switching never carries one language's edits into another. */}
              {(locale) => (
                <ResourcesForm
                  key={locale}
                  owner={owner}
                  locale={locale}
                  initial={listFor(lists, locale)}
                  onSaved={(next) => update(() => ({ lists: next }))}
                />
              )}
            </ListLanguage>
          ) : (
            <p className="muted">{t(texts.readOnly)}</p>
          )}
        </>
      )}
    </section>
  );
}

interface FormProps {
  owner: ListOwner;
  locale: string;
  initial: ReturnType<typeof listFor>;
  onSaved: (lists: CrisisResourceList[]) => void;
}

const FIELD_LABELS: Record<ResourceField, `crisis.${ResourceField}`> = {
  name: 'crisis.name',
  phone: 'crisis.phone',
  sms: 'crisis.sms',
  whatsapp: 'crisis.whatsapp',
  hours: 'crisis.hours',
  description: 'crisis.description',
};
const FIELD_HINTS: Partial<Record<ResourceField, 'crisis.whatsappHint' | 'crisis.hoursHint'>> = {
  whatsapp: 'crisis.whatsappHint',
  hours: 'crisis.hoursHint',
};

function ResourcesForm({ owner, locale, initial, onSaved }: FormProps) {
  const { t, i18n } = useTranslation('staff');
  const [form, dispatch] = useReducer(resourcesReducer, initial, formFrom);
  const [errors, setErrors] = useState<FieldErrors<string>>({});
  const formRef = useFocusFirstInvalid(errors);
  const { state, run, busy } = useSubmit<{ lists: CrisisResourceList[] }>();
  const language = languageLabel(locale, i18n.language);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkResources(form);
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    void run(() => saveResources(owner, locale, check.value)).then((result) => {
      if (result?.ok) onSaved(result.data.lists);
    });
  };

  return (
    <form ref={formRef} className="staff-form" noValidate onSubmit={submit}>
      <h3>{t('crisis.entries', { language })}</h3>
      {form.drafts.length === 0 && <p className="muted">{t('crisis.none')}</p>}
      <ol className="crisis-drafts">
        {form.drafts.map((draft, index) => {
          const number = index + 1;
          return (
            <li key={draft.key}>
              <fieldset className="field">
                <legend>{t('crisis.entry', { number })}</legend>
                {(Object.keys(FIELD_LABELS) as ResourceField[]).map((field) => {
                  const hint = FIELD_HINTS[field];
                  return (
                    <Field
                      key={field}
                      label={t(FIELD_LABELS[field])}
                      {...(hint && { hint: t(hint) })}
                      error={errors[fieldKey(draft.key, field)] ?? null}
                    >
                      {(control) =>
                        field === 'description' ? (
                          <textarea
                            {...control}
                            rows={2}
                            dir="auto"
                            lang={locale}
                            maxLength={RESOURCE_RULES[field].max}
                            value={draft[field]}
                            onChange={(e) =>
                              dispatch({
                                kind: 'edit',
                                key: draft.key,
                                field,
                                value: e.target.value,
                              })
                            }
                          />
                        ) : (
                          <input
                            {...control}
                            type={['phone', 'sms', 'whatsapp'].includes(field) ? 'tel' : 'text'}
                            dir={['phone', 'sms', 'whatsapp'].includes(field) ? 'ltr' : 'auto'}
                            lang={locale}
                            autoComplete="off"
                            maxLength={RESOURCE_RULES[field].max}
                            value={draft[field]}
                            onChange={(e) =>
                              dispatch({
                                kind: 'edit',
                                key: draft.key,
                                field,
                                value: e.target.value,
                              })
                            }
                          />
                        )
                      }
                    </Field>
                  );
                })}
                <div className="panel-row">
                  <button
                    type="button"
                    className="button small"
                    aria-disabled={index === 0}
                    onClick={() => dispatch({ kind: 'move', key: draft.key, by: -1 })}
                  >
                    {t('crisis.moveUp', { number })}
                  </button>
                  <button
                    type="button"
                    className="button small"
                    aria-disabled={index === form.drafts.length - 1}
                    onClick={() => dispatch({ kind: 'move', key: draft.key, by: 1 })}
                  >
                    {t('crisis.moveDown', { number })}
                  </button>
                  <button
                    type="button"
                    className="button small danger-outline"
                    onClick={() => dispatch({ kind: 'remove', key: draft.key })}
                  >
                    {t('crisis.remove', { number })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {canAdd(form) ? (
        <button type="button" className="button" onClick={() => dispatch({ kind: 'add' })}>
          {t('crisis.add')}
        </button>
      ) : (
        <p className="hint">{t('crisis.full', { max: CRISIS_RESOURCES_MAX })}</p>
      )}
      <div>
        <button type="submit" className="button primary" aria-busy={busy}>
          {t('crisis.save')}
        </button>
      </div>
      <SubmitStatus state={state} busy={t('common.saving')} done={t('crisis.saved')} />
    </form>
  );
}
