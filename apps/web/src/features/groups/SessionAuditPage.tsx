import { useTranslation } from 'react-i18next';
import type { MuteKind } from '@haven/protocol';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { formatDuration } from '../../ui/format-duration';
import { Link } from '../../ui/Link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { LoadStatus } from '../staff/LoadStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { auditDetail, knownAction, type DetailPart } from './audit-view';

interface SessionAuditPageProps {
  groupId: string;
  sessionId: string;
}

/** To the second: several actions often happen within one minute. */
const formatAt = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  );

const MEDIA_KEYS = {
  audio: 'audit.media.audio',
  video: 'audit.media.video',
  chat: 'audit.media.chat',
} as const satisfies Record<MuteKind, string>;

/**
 * `/staff/groups/<groupId>/sessions/<sessionId>/audit`: every moderator action in one session,
 * oldest first: when, who, what, to whom. The server keeps no conversation in it.
 */
export function SessionAuditPage({ groupId, sessionId }: SessionAuditPageProps) {
  const { t, i18n } = useTranslation('staff');
  const { t: common } = useTranslation();
  const sessions = useLoad(groupId, (signal) =>
    staffCall('sessions:list', { params: { groupId }, signal }),
  );
  const { state, reload } = useLoad(`${groupId}/${sessionId}`, (signal) =>
    staffCall('sessions:audit', { params: { groupId, sessionId }, signal }),
  );
  const title =
    sessions.state.status === 'ready'
      ? sessions.state.data.sessions.find((s) => s.id === sessionId)?.title
      : undefined;
  const heading = title ? t('audit.titleOf', { title }) : t('audit.title');
  useDocumentTitle(common('app.documentTitleSession', { title: heading }));

  const detailText = (part: DetailPart): string => {
    switch (part.kind) {
      case 'media':
        return t(MEDIA_KEYS[part.value]);
      case 'duration':
        return formatDuration(part.seconds, i18n.language);
      case 'scope':
        return part.value === 'group' ? t('audit.scopeGroup') : t('audit.scopeSession');
      case 'invite-revoked':
        return t('audit.inviteRevoked');
    }
  };

  return (
    <>
      <p className="back">
        <Link href={paths.staffGroup(groupId)}>{t('audit.back')}</Link>
      </p>
      <FocusHeading>{heading}</FocusHeading>
      <p className="muted">{t('audit.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.entries.length === 0 ? (
          <p>{t('audit.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="audit-table">
              <caption className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.target')}</th>
                  <th scope="col">{t('audit.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.entries.map((entry, index) => {
                  const action = knownAction(entry.action);
                  return (
                    <tr key={`${entry.at}-${index}`}>
                      <td>
                        <time dateTime={entry.at}>{formatAt(entry.at, i18n.language)}</time>
                      </td>
                      <td>
                        <bdi>{entry.actorName}</bdi>
                      </td>
                      <td>{action ? t(`audit.actions.${action}`) : entry.action}</td>
                      <td>{entry.targetName !== null && <bdi>{entry.targetName}</bdi>}</td>
                      <td>{auditDetail(entry.detail).map(detailText).join(' · ')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
