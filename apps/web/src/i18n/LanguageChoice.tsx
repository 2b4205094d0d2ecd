import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from './i18n';
import { LANGUAGES } from './languages';

/**
 * The first step of an invite: big buttons, and the question asked in every language, since the
 * person may not read the one the phone happens to be set to.
 */
export function LanguageChoice({ onChosen }: { onChosen: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="language-choice" aria-labelledby={headingId}>
      <h1 id={headingId}>
        {LANGUAGES.map(({ code, dir }) => (
          <span key={code} lang={code} dir={dir}>
            {t('invite.chooseLanguage', { lng: code })}
          </span>
        ))}
      </h1>
      <div className="language-choice-options">
        {LANGUAGES.map(({ code, name, dir }) => (
          <button
            key={code}
            type="button"
            className={i18n.language === code ? 'button primary' : 'button'}
            lang={code}
            dir={dir}
            onClick={() => {
              chooseLanguage(i18n, code);
              onChosen();
            }}
          >
            {name}
          </button>
        ))}
      </div>
    </section>
  );
}
