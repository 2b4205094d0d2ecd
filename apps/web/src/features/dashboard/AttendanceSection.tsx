import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDashboard, GroupView } from '@haven/protocol';
import { saveTextFile } from '../schedule/download-file';
import { LoadStatus } from '../staff/LoadStatus';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { AttendanceChart, ChartLegend } from './AttendanceChart';
import { AttendanceTable, Count } from './AttendanceTable';
import { withByteOrderMark } from './figures';

type Csv = { filename: string; csv: string };

/**
 * The facilitators' look back: attendance of the held sessions (online, in person, headcount),
 * who came back, and the anonymous mood answers, with small numbers withheld by the server.
 */
export function AttendanceSection({ group }: { group: GroupView }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const { state, reload } = useLoad(group.id, (signal) =>
    staffCall('dashboard:group', { params: { groupId: group.id }, signal }),
  );
  const download = useSubmit<Csv>();

  const saveCsv = () =>
    void download
      .run(() => staffCall('dashboard:csv', { params: { groupId: group.id } }))
      .then((result) => {
        if (result?.ok)
          saveTextFile(
            withByteOrderMark(result.data.csv),
            result.data.filename,
            'text/csv;charset=utf-8',
          );
      });

  return (
    <section id="attendance" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dashboard.heading')}</h2>
      <p className="muted">{t('dashboard.intro')}</p>
      <p>{t('dashboard.privacy')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.sessions.length === 0 ? (
          <p>{t('dashboard.none')}</p>
        ) : (
          <>
            <Totals dashboard={state.data} />
            <AttendanceChart sessions={state.data.sessions} timeZone={group.timeZone} />
            <ChartLegend />
            <AttendanceTable dashboard={state.data} timeZone={group.timeZone} />
            <p className="muted">{t('dashboard.moodNote')}</p>
          </>
        ))}
      <div className="actions">
        <button type="button" className="button" aria-busy={download.busy} onClick={saveCsv}>
          {t('dashboard.download')}
        </button>
      </div>
      <SubmitStatus
        state={download.state}
        busy={t('dashboard.preparing')}
        done={t('dashboard.downloaded')}
      />
    </section>
  );
}

const TOTALS = ['total', 'inPerson', 'online', 'headcount'] as const;

/** The year at a glance, above the chart. */
function Totals({ dashboard }: { dashboard: GroupDashboard }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  return (
    <>
      <h3 id={headingId}>{t('dashboard.allSessions')}</h3>
      <dl className="roster-counts">
        {TOTALS.map((key) => (
          <div key={key} className={key === 'total' ? 'roster-count total' : 'roster-count'}>
            <dt>{t(`dashboard.columns.${key}`)}</dt>
            <dd>
              <Count value={dashboard.totals[key]} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
