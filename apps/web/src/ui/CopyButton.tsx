import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';
import { LiveRegion } from './LiveRegion';

interface CopyButtonProps {
  text: string;
  /** The visible label; `name`, when given, is the full accessible name (it starts with it). */
  label: string;
  name?: string;
}

/** Copies text and says whether it worked; its strings are common (staff and participants). */
export function CopyButton({ text, label, name }: CopyButtonProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    setOutcome(null);
    setOutcome((await copyText(text)) ? 'copied' : 'failed');
  };
  return (
    <div className="copy">
      <button type="button" className="button small" aria-label={name} onClick={() => void copy()}>
        {label}
      </button>
      <LiveRegion className={outcome === 'failed' ? 'copy-status error' : 'copy-status'}>
        {outcome && t(`copy.${outcome}`)}
      </LiveRegion>
    </div>
  );
}

interface CopyLinkFieldProps {
  label: string;
  link: string;
  /** The copy button's label, where "Copy link" alone would be ambiguous on the page. */
  copyLabel?: string;
}

/** A link shown in a field (so it can also be selected by hand) with a copy button. */
export function CopyLinkField({ label, link, copyLabel }: CopyLinkFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field">
        <input
          id={id}
          type="url"
          value={link}
          readOnly
          // Addresses read left to right in every language.
          dir="ltr"
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={link} label={copyLabel ?? t('copy.button')} />
      </div>
    </div>
  );
}
