import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';
import { languageLabel } from '../groups/group-languages';
import { Field } from '../staff/Field';
import { checkLanguageTag } from './resources-form';

const OTHER = '';

interface ListLanguageProps {
  /** The name of the language select (each editor on a page has its own). */
  label: string;
  /** Shown first: the group's language, or the page's. */
  defaultLanguage: string;
  /** Languages that already have a list, offered even if the app is not translated into them. */
  saved: readonly string[];
  /** The editor of one language's list, once a valid language is chosen. */
  children: (locale: string) => ReactNode;
}

/**
 * Which language's list to edit: the app's languages, those with a list, or a tag typed in
 * for a language the app does not speak yet (a group may need a helpline in Somali).
 */
export function ListLanguage({ label, defaultLanguage, saved, children }: ListLanguageProps) {
  const { t, i18n } = useTranslation('staff');
  const choices = [
    ...new Set<string>([...LANGUAGES.map((l) => l.code), defaultLanguage, ...saved]),
  ];
  const [choice, setChoice] = useState<string>(
    choices.includes(defaultLanguage) ? defaultLanguage : 'en',
  );
  const [typed, setTyped] = useState('');
  const tag = choice === OTHER ? checkLanguageTag(typed) : { ok: true as const, value: choice };
  return (
    <>
      <Field label={label}>
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
      {tag.ok && children(tag.value)}
    </>
  );
}
