import { useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportOutcome, type Report } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { WithName } from '../../ui/WithName';
import { formatTime } from '../chat/format-time';
import { useRefocus } from '../chat/use-refocus';
import { ActionStatus } from '../moderation/ActionStatus';
import type { ReportBinding } from './report-binding';
import { forModerators, openReports } from './reports';
import '../../ui/side-panel.css';
import './room-safety.css';

/**
 * Moderators: what participants reported in this session (who, about whom, the message as it
 * was, their reason), and a record of the action taken on each.
 */
export function ReportsPanel({ reports: binding }: { reports: ReportBinding }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { reports, arrived, missed, refused } = useSyncExternalStore(
    binding.subscribe,
    binding.getSnapshot,
  );
  const count = openReports(reports);
  const ordered = forModerators(reports);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRefocus(listRef, headingRef);

  // A recorded report moves down among the closed ones and loses its form: focus goes on to
  // the next open report (else the one above), or the heading when none is left open.
  const recorded = (reportId: string) => {
    const open = ordered.filter((r) => r.resolution === null);
    const index = open.findIndex((r) => r.id === reportId);
    const next = open[index + 1] ?? open[index - 1];
    refocus(next?.id ?? null);
  };

  return (
    <section
      className={reports.length > 0 ? 'side-panel reports-panel' : 'side-panel reports-panel empty'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {count > 0 ? t('reports.titleCount', { count }) : t('reports.title')}
      </h2>
      <LiveRegion className="visually-hidden">
        {missed && (!arrived || missed.serial > arrived.serial)
          ? t('reports.missed', { count: missed.value })
          : arrived && t('reports.arrived', { name: arrived.value.subject.name })}
      </LiveRegion>
      {reports.length === 0 ? (
        <p className="muted">{t('reports.empty')}</p>
      ) : (
        <ul ref={listRef} className="side-list" aria-labelledby={headingId}>
          {ordered.map((report) => (
            <ReportItem
              key={report.id}
              report={report}
              binding={binding}
              onRecorded={() => recorded(report.id)}
            />
          ))}
        </ul>
      )}
      <ActionStatus refused={refused} />
    </section>
  );
}

function ReportItem({
  report,
  binding,
  onRecorded,
}: {
  report: Report;
  binding: ReportBinding;
  onRecorded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<ReportOutcome>('no-action');
  const [recording, setRecording] = useState(false);
  const time = (at: string) => formatTime(at, i18n.language);
  const subject = report.subject.name;
  const { resolution } = report;

  const record = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (recording) return;
    setRecording(true);
    const done = await binding.resolve(report.id, outcome);
    setRecording(false);
    if (done) onRecorded();
  };

  return (
    <li
      className={resolution ? 'side-item report-item resolved' : 'side-item report-item'}
      data-item={report.id}
    >
      <article aria-labelledby={`${id}-about`}>
        <h3 id={`${id}-about`}>
          <WithName
            name={subject}
            sentence={(name) =>
              report.seq === null
                ? t('reports.about', { name })
                : t('reports.aboutMessage', { name })
            }
          />
        </h3>
        <p className="hint">
          <WithName
            name={report.reporter.name}
            sentence={(name) => t('reports.by', { name, time: time(report.createdAt) })}
          />
        </p>
        {report.messageText !== null && (
          <figure className="report-quote">
            <figcaption>{t('reports.messageText')}</figcaption>
            <blockquote dir="auto">{report.messageText}</blockquote>
          </figure>
        )}
        <p>
          <span className="report-label">{t('reports.reasonGiven')}</span>{' '}
          {report.reason === '' ? (
            <span className="muted">{t('reports.noReason')}</span>
          ) : (
            <span dir="auto">{report.reason}</span>
          )}
        </p>
        {resolution ? (
          <p className="report-resolution">
            <WithName
              name={resolution.by.name}
              sentence={(name) =>
                t('reports.resolved', {
                  outcome: t(`reports.outcomes.${resolution.outcome}`),
                  name,
                  time: time(resolution.at),
                })
              }
            />
          </p>
        ) : (
          <form className="panel-row" onSubmit={(e) => void record(e)}>
            <label className="inline-field">
              <span>{t('reports.outcome')}</span>
              <select
                value={outcome}
                onChange={(e) => setOutcome(ReportOutcome.parse(e.target.value))}
              >
                {ReportOutcome.options.map((value) => (
                  <option key={value} value={value}>
                    {t(`reports.outcomes.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="submit"
              className="button small primary"
              aria-describedby={`${id}-about`}
              aria-busy={recording}
              aria-disabled={recording}
            >
              {t('reports.record')}
            </button>
          </form>
        )}
      </article>
    </li>
  );
}
