import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, MyData } from '@haven/protocol';
import { callRoute } from '../../services/api';
import { deviceTokens } from '../../services/device';
import { LiveRegion } from '../../ui/LiveRegion';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { formatTime } from '../chat/format-time';

const statusKey = (s: string): 'admitted' | 'requested' | 'left' | 'removed' =>
  s === 'admitted' || s === 'requested' || s === 'left' ? s : 'removed';

type State =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; data: MyData }
  | { kind: 'failed'; error: ErrorBody }
  | { kind: 'deleted' };

/**
 * `/me`: everything Haven keeps about the identity on this device, to read, to leave a group,
 * or to delete it all. What is deleted is gone from the server, not just from this screen.
 */
export function MyDataPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('me.title'));
  const [state, setState] = useState<State>(() =>
    deviceTokens.load() ? { kind: 'loading' } : { kind: 'none' },
  );
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');

  const load = () => {
    void callRoute('me:data').then((result) =>
      setState(
        result.ok ? { kind: 'ready', data: result.data } : { kind: 'failed', error: result.error },
      ),
    );
  };
  useEffect(() => {
    if (deviceTokens.load()) load();
  }, []);

  const leave = async (groupId: string, groupName: string) => {
    const result = await callRoute('me:leave-group', { params: { groupId } });
    setNotice(result.ok ? t('me.left', { group: groupName }) : t(`errors.${result.error.code}`));
    load();
  };

  const deleteAll = async () => {
    const result = await callRoute('me:delete');
    if (!result.ok) {
      setNotice(t(`errors.${result.error.code}`));
      return;
    }
    deviceTokens.clear();
    setState({ kind: 'deleted' });
  };

  return (
    <PageShell>
      <h1>{t('me.title')}</h1>
      <LiveRegion>{notice}</LiveRegion>
      {state.kind === 'none' && <p>{t('me.none')}</p>}
      {state.kind === 'loading' && <p>{t('app.loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{t(`errors.${state.error.code}`)}</p>}
      {state.kind === 'deleted' && <p role="status">{t('me.deleted')}</p>}
      {state.kind === 'ready' && (
        <>
          <p>{t('me.intro')}</p>
          <section aria-labelledby="me-groups">
            <h2 id="me-groups">{t('me.groups')}</h2>
            <ul aria-labelledby="me-groups">
              {state.data.memberships.map((m) => (
                <li key={m.groupId}>
                  <bdi>{m.groupName}</bdi> — {t('me.nameInGroup')} <bdi>{m.displayName}</bdi> (
                  {t(`me.status.${statusKey(m.status)}`)})
                  {(m.status === 'admitted' || m.status === 'requested') && (
                    <button
                      type="button"
                      aria-label={t('me.leaveGroup', { group: m.groupName })}
                      onClick={() => void leave(m.groupId, m.groupName)}
                    >
                      {t('me.leave')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="me-agreements">
            <h2 id="me-agreements">{t('me.agreements')}</h2>
            <ul>
              {state.data.acceptances.map((a) => (
                <li key={`${a.groupId}-${a.version}`}>
                  {t('me.accepted', { version: a.version })}{' '}
                  <time dateTime={a.acceptedAt}>
                    {new Date(a.acceptedAt).toLocaleDateString(i18n.language)}
                  </time>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="me-messages">
            <h2 id="me-messages">{t('me.messages', { count: state.data.messages.length })}</h2>
            <ul>
              {state.data.messages.map((m, i) => (
                <li key={i}>
                  <time dateTime={m.sentAt}>{formatTime(m.sentAt, i18n.language)}</time>{' '}
                  <span dir="auto">{m.text}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="me-delete">
            <h2 id="me-delete">{t('me.deleteHeading')}</h2>
            <p>{t('me.deleteExplain')}</p>
            {confirming ? (
              <div role="group" aria-label={t('me.deleteHeading')} className="confirm">
                <button type="button" className="danger" onClick={() => void deleteAll()}>
                  {t('me.deleteConfirm')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('me.cancel')}
                </button>
              </div>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                {t('me.delete')}
              </button>
            )}
          </section>
        </>
      )}
    </PageShell>
  );
}
