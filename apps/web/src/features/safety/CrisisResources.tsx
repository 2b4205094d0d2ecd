import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisResourceList } from '@haven/protocol';
import { smsHref, telHref, whatsappHref } from './contact-links';

/**
 * Where a person can turn, in their language: each line with links that open the phone's own
 * dialler, messages or WhatsApp. Never asks where the person is.
 */
export function CrisisResources({ list }: { list: CrisisResourceList }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="crisis-resources" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('safety.resources.heading')}</h3>
      {list.resources.length === 0 ? (
        <p>{t('safety.resources.empty')}</p>
      ) : (
        <ul className="crisis-list" lang={list.locale}>
          {list.resources.map((resource, index) => {
            const contacts = [
              { href: telHref(resource.phone), key: 'call', number: resource.phone },
              { href: smsHref(resource.sms), key: 'sms', number: resource.sms },
              { href: whatsappHref(resource.whatsapp), key: 'whatsapp', number: resource.whatsapp },
            ] as const;
            return (
              <li key={index} className="crisis-item">
                <h4 dir="auto">{resource.name}</h4>
                {resource.description && <p dir="auto">{resource.description}</p>}
                {resource.hours && (
                  <p className="muted" dir="auto">
                    {resource.hours}
                  </p>
                )}
                <p className="crisis-contacts">
                  {contacts.map(
                    ({ href, key, number }) =>
                      href && (
                        <a key={key} className="button small" href={href}>
                          {t(`safety.resources.${key}`)}{' '}
                          {/* Numbers read left to right in every language. */}
                          <bdi dir="ltr">{number}</bdi>
                        </a>
                      ),
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
