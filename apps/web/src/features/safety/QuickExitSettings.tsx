import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseKeepDevice, keepsDevice } from './keep-device-choice';
import { siteStorage } from './quick-exit';

/** What `Quick exit` does, and the person's choice of what it leaves behind (see `forgetHaven`). */
export function QuickExitSettings() {
  const { t } = useTranslation();
  const id = useId();
  const [keep, setKeep] = useState(() => keepsDevice(siteStorage()));
  return (
    <section className="quick-exit-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('safety.quickExit.title')}</h3>
      <p>{t('safety.quickExit.about')}</p>
      <p className="hint">{t('safety.quickExit.history')}</p>
      <div className="check">
        <input
          id={`${id}-keep`}
          type="checkbox"
          checked={keep}
          aria-describedby={`${id}-keep-hint`}
          onChange={(event) => {
            setKeep(event.target.checked);
            chooseKeepDevice(siteStorage(), event.target.checked);
          }}
        />
        <label htmlFor={`${id}-keep`}>{t('safety.quickExit.keepDevice')}</label>
      </div>
      <p id={`${id}-keep-hint`} className="hint">
        {t('safety.quickExit.keepDeviceHint')}
      </p>
    </section>
  );
}
