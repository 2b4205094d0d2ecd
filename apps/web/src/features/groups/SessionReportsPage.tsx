import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { formatDate } from '../../ui/format-date';
import { Link } from '../../ui/Link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { WithName } from '../../ui/WithName';
import { LoadStatus } from '../staff/LoadStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { reportCounts, reportEntry, type ReportEntry } from './reports-view';

interface SessionReportsPageProps {
  groupId: string;
  sessionId: string;
}

/**
 * `/staff/groups/<groupId>/sessions/<sessionId>/reports`: what participants reported to the
 * moderators in one session, oldest first, with the action taken. For the group's facilitators,
 * as the server decides; the person reported is never told who reported them.
 */
export function SessionReportsPage({ groupId, sessionId }: SessionReportsPageProps) {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  const sessions = useLoad(groupId, (signal) =>
    staffCall('sessions:list', { params: { groupId }, signal }),
  );
  const { state, reload } = useLoad(`${groupId}/${sessionId}`, (signal) =>
    staffCall('sessions:reports', { params: { groupId, sessionId }, signal }),
  );
  const title =
    sessions.state.status === 'ready'
      ? sessions.state.data.sessions.find((s) => s.id === sessionId)?.title
      : undefined;
  const heading = title ? t('reports.titleOf', { title }) : t('reports.title');
  useDocumentTitle(common('app.documentTitleSession', { title: heading }));
  const reports = state.status === 'ready' ? state.data.reports : [];
  const counts = reportCounts(reports);

  return (
    <>
      <p className="back">
        <Link href={paths.staffGroup(groupId)}>{t('reports.back')}</Link>
      </p>
      <FocusHeading>{heading}</FocusHeading>
      <p className="muted">{t('reports.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (reports.length === 0 ? (
          <p>{t('reports.none')}</p>
        ) : (
          <>
            <p>{t('reports.counts', counts)}</p>
            <ol className="report-list">
              {reports.map((report) => (
                <li key={report.id}>
                  <ReportItem entry={reportEntry(report)} />
                </li>
              ))}
            </ol>
          </>
        ))}
    </>
  );
}

function ReportItem({ entry }: { entry: ReportEntry }) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const when = (iso: string) => <time dateTime={iso}>{formatDate(iso, i18n.language, true)}</time>;
  return (
    <article className="staff-section report" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <WithName
          name={entry.subject}
          sentence={(name) =>
            entry.kind === 'message'
              ? t('reports.aboutMessage', { name })
              : t('reports.aboutPerson', { name })
          }
        />
      </h2>
      <dl className="summary">
        <dt>{t('reports.at')}</dt>
        <dd>{when(entry.at)}</dd>
        <dt>{t('reports.reporter')}</dt>
        <dd>
          <bdi>{entry.reporter}</bdi>
        </dd>
        <dt>{t('reports.subject')}</dt>
        <dd>
          <bdi>{entry.subject}</bdi>
        </dd>
        {entry.kind === 'message' && (
          <>
            <dt>{t('reports.message')}</dt>
            <dd>
              {entry.text === null ? (
                <span className="muted">{t('reports.noText')}</span>
              ) : (
                <blockquote className="report-message" dir="auto">
                  {entry.text}
                </blockquote>
              )}
            </dd>
          </>
        )}
        <dt>{t('reports.reason')}</dt>
        <dd dir="auto">{entry.reason ?? <span className="muted">{t('reports.noReason')}</span>}</dd>
        <dt>{t('reports.action')}</dt>
        <dd>
          {entry.action ? (
            <>
              <strong>{t(`reports.outcomes.${entry.action.outcome}`)}</strong>{' '}
              <WithName name={entry.action.by} sentence={(name) => t('reports.by', { name })} />
              {' · '}
              {when(entry.action.at)}
            </>
          ) : (
            <span className="tag">{t('reports.noAction')}</span>
          )}
        </dd>
      </dl>
    </article>
  );
}
