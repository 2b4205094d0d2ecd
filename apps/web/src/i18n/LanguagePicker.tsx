import { useTranslation } from 'react-i18next';
import { chooseLanguage } from './i18n';
import { LANGUAGES } from './languages';

/** One button per language, each labelled in its own language and script. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('language.label')} className="language-picker">
      {LANGUAGES.map(({ code, name, dir }) => (
        <button
          key={code}
          type="button"
          lang={code}
          dir={dir}
          aria-pressed={i18n.language === code}
          onClick={() => chooseLanguage(i18n, code)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
