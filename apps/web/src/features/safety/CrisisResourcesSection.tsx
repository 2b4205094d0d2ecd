import { useId, useReducer, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CRISIS_RESOURCES_MAX, type CrisisResourceList, type GroupView } from '@haven/protocol';
import { LANGUAGES } from '../../i18n/languages';
import { LiveRegion } from '../../ui/LiveRegion';
import { languageLabel } from '../groups/group-languages';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useErrorText } from '../staff/use-error-text';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import {
  RESOURCE_RULES,
  canAdd,
  checkLanguageTag,
  checkResources,
  fieldKey,
  formFrom,
  listFor,
  resourcesReducer,
  type ResourceField,
} from './resources-form';

const OTHER = '';

/**
 * The group's crisis resources, one list per language: facilitators edit them, moderators read
 * them. Participants are shown the list in their language (or the platform's).
 */
export function CrisisResourcesSection({ group, canEdit }: { group: GroupView; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const errorText = useErrorText();
  const headingId = useId();
  const { state, reload, update } = useLoad(group.id, (signal) =>
    staffCall('safety:group-resources', { params: { groupId: group.id }, signal }),
  );
  const lists = state.status === 'ready' ? state.data.lists : [];
  const label = (tag: string) => languageLabel(tag, i18n.language);

  return (
    <section id="crisis" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('crisis.heading')}</h2>
      <p className="hint">{t('crisis.intro')}</p>
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
            <p className="muted">{t('crisis.noLists')}</p>
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
            <ResourcesEditor
              group={group}
              lists={lists}
              onSaved={(next) => update(() => ({ lists: next }))}
            />
          ) : (
            <p className="muted">{t('crisis.readOnly')}</p>
          )}
        </>
      )}
    </section>
  );
}

interface EditorProps {
  group: GroupView;
  lists: readonly CrisisResourceList[];
  onSaved: (lists: CrisisResourceList[]) => void;
}

function ResourcesEditor({ group, lists, onSaved }: EditorProps) {
  const { t, i18n } = useTranslation('staff');
  const choices = [
    ...new Set<string>([
      ...LANGUAGES.map((l) => l.code),
      group.language,
      ...lists.map((l) => l.locale),
    ]),
  ];
  const [choice, setChoice] = useState<string>(
    choices.includes(group.language) ? group.language : 'en',
  );
  const [typed, setTyped] = useState('');
  const tag = choice === OTHER ? checkLanguageTag(typed) : { ok: true as const, value: choice };
  const locale = tag.ok ? tag.value : null;
  const listKey = locale ?? '';
  return (
    <>
      <Field label={t('crisis.language')}>
        {(control) => (
          <select {...control} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {choices.map((code) => (
              <option key={code} value={code}>
                {languageLabel(code, i18n.language)}
              </option>
            ))}
            <option value={OTHER}>{t('crisis.otherLanguage')}</option>
          </select>
        )}
      </Field>
      {choice === OTHER && (
        <Field
          label={t('crisis.tag')}
          hint={t('crisis.tagHint')}
          error={typed.trim() !== '' && !tag.ok ? tag.error : null}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              dir="ltr"
              autoComplete="off"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          )}
        </Field>
      )}
      {/* A fresh form per language: switching never carries one language's edits into another. */}
      {locale && (
        <ResourcesForm
          key={listKey}
          group={group}
          locale={locale}
          initial={listFor(lists, locale)}
          onSaved={onSaved}
        />
      )}
    </>
  );
}

interface FormProps {
  group: GroupView;
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

function ResourcesForm({ group, locale, initial, onSaved }: FormProps) {
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
    void run(() =>
      staffCall('safety:set-group-resources', {
        params: { groupId: group.id, locale },
        body: { resources: check.value },
      }),
    ).then((result) => {
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
