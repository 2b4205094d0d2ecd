import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface AgreementTextProps {
  agreement: { text: string };
  /** The group's language: the text is shown in it whatever the page's language is. */
  language: string;
}

/** The group agreement, to be read before accepting it. */
export function AgreementText({ agreement, language }: AgreementTextProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="agreement" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('join.agreementHeading')}</h2>
      <p>{t('join.agreementIntro')}</p>
      <div className="agreement-text" dir="auto" lang={language}>
        {agreement.text}
      </div>
    </section>
  );
}
