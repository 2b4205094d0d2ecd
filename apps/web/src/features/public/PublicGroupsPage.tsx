import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, HttpReply } from '@haven/protocol';
import { callRoute } from '../../services/api';
import { FocusHeading } from '../../ui/FocusHeading';
import { LiveRegion } from '../../ui/LiveRegion';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { languageName } from '../groups/group-languages';

type Groups = HttpReply<'public:groups'>['groups'];
type State =
  { kind: 'loading' } | { kind: 'ready'; groups: Groups } | { kind: 'failed'; error: ErrorBody };

/**
 * `/groups`: the open groups, for anyone. There is no way to join a group from here: its
 * facilitator shares links to its sessions, and the page says so rather than promise more.
 */
export function PublicGroupsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitleSession', { title: t('publicGroups.title') }));
  const headingId = useId();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void callRoute('public:groups', { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      setState(
        result.ok
          ? { kind: 'ready', groups: result.data.groups }
          : { kind: 'failed', error: result.error },
      );
    });
    return () => controller.abort();
  }, [attempt]);

  return (
    <PageShell>
      <FocusHeading>{t('publicGroups.title')}</FocusHeading>
      <p>{t('publicGroups.intro')}</p>
      <p>{t('publicGroups.howToJoin')}</p>
      {state.kind === 'loading' && (
        <LiveRegion className="status-line">{t('publicGroups.loading')}</LiveRegion>
      )}
      {state.kind === 'failed' && (
        <>
          <p role="alert">{t(`errors.${state.error.code}`)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setState({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('join.retry')}
          </button>
        </>
      )}
      {state.kind === 'ready' &&
        (state.groups.length === 0 ? (
          <p>{t('publicGroups.none')}</p>
        ) : (
          <section aria-labelledby={headingId}>
            <h2 id={headingId} className="visually-hidden">
              {t('publicGroups.listLabel')}
            </h2>
            <ul className="public-groups" aria-labelledby={headingId}>
              {state.groups.map((group) => (
                <li key={group.id} className="public-group">
                  <h3 dir="auto" lang={group.language}>
                    {group.name}
                  </h3>
                  <p className="muted">
                    {t('publicGroups.language')}{' '}
                    <bdi lang={group.language}>{languageName(group.language)}</bdi>
                  </p>
                  {group.description && (
                    <p dir="auto" lang={group.language}>
                      {group.description}
                    </p>
                  )}
                  <p className="hint">{t('publicGroups.joinThis')}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </PageShell>
  );
}
