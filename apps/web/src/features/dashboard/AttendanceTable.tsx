import { useTranslation } from 'react-i18next';
import type { GroupDashboard, SessionAttendance, ShownCount } from '@haven/protocol';
import { formatMoment } from '../schedule/format-when';
import { formatCount, formatMood } from './figures';

const COUNT_COLUMNS = [
  'total',
  'inPerson',
  'online',
  'headcount',
  'returning',
  'new',
  'rsvpGoing',
] as const satisfies readonly (keyof SessionAttendance)[];

/** Every figure of the chart and more, one row per session and the totals at the foot. */
export function AttendanceTable({
  dashboard,
  timeZone,
}: {
  dashboard: GroupDashboard;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('staff');
  const { totals } = dashboard;
  return (
    <div className="table-scroll">
      <table className="audit-table attendance-table">
        <caption>{t('dashboard.tableName')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.columns.date')}</th>
            <th scope="col">{t('dashboard.columns.title')}</th>
            {COUNT_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`dashboard.columns.${column}`)}
              </th>
            ))}
            <th scope="col">{t('dashboard.columns.moodIn')}</th>
            <th scope="col">{t('dashboard.columns.moodOut')}</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.sessions.map((session) => (
            <tr key={session.sessionId}>
              <th scope="row">
                <time dateTime={session.startsAt}>
                  {formatMoment(session.startsAt, i18n.language, timeZone)}
                </time>
              </th>
              <td>
                <bdi>{session.title}</bdi>
              </td>
              {COUNT_COLUMNS.map((column) => (
                <td key={column} className="number">
                  <Count value={session[column]} />
                </td>
              ))}
              <td className="number">
                <Mood value={session.moodIn} />
              </td>
              <td className="number">
                <Mood value={session.moodOut} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('dashboard.allSessions')}
            </th>
            {COUNT_COLUMNS.map((column) => (
              <td key={column} className="number">
                <Count value={totals[column]} />
              </td>
            ))}
            <td className="number">
              <Mood value={totals.moodIn} />
            </td>
            <td className="number">
              <Mood value={totals.moodOut} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** "<5" stays "<5" in right-to-left text (it would otherwise show as "5>"). */
export function Count({ value }: { value: ShownCount }) {
  const { i18n } = useTranslation();
  return <span dir="ltr">{formatCount(value, i18n.language)}</span>;
}

function Mood({ value }: { value: number | null }) {
  const { t, i18n } = useTranslation('staff');
  const shown = formatMood(value, i18n.language);
  if (shown !== null) return <>{shown}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('dashboard.noMood')}</span>
    </>
  );
}
