import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionAttendance } from '@haven/protocol';
import { niceScale, PARTS, pixelStack, stackBars, toPixels, type Part } from './chart-scale';
import { formatCount, WITHHELD } from './figures';

/** Graphics against white at 3:1 or more (WCAG 1.4.11), and apart from each other. */
export const PART_COLOURS: Record<Part, string> = {
  inPerson: '#0b4f8a',
  online: '#2f7fc1',
  headcount: '#8a5a00',
};

const PLOT = 180;
const BAR = 22;
const STEP = 44;
const AXIS = 36;
const ABOVE = 20;
const BELOW = 26;
/** A "<5" placeholder is at least this tall, so its label always fits. */
const SUPPRESSED_MIN_PX = 14;

/**
 * Stacked bars per session, oldest first. A picture only (role="img"): the table under it has
 * every figure for screen readers and for reading exactly.
 */
export function AttendanceChart({
  sessions,
  timeZone,
}: {
  sessions: readonly SessionAttendance[];
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('staff');
  const patternId = useId();
  const bars = stackBars(sessions);
  const scale = niceScale(Math.max(0, ...bars.map((bar) => bar.top)));
  const stacks = bars.map((bar) => pixelStack(bar.segments, scale, PLOT, SUPPRESSED_MIN_PX));
  const heights = stacks.map((stack) => stack.reduce((sum, segment) => sum + segment.height, 0));
  // Thickened placeholders can lift a full bar above the plot: the chart grows to fit it.
  const baseline = ABOVE + Math.max(PLOT, ...heights);
  const width = AXIS + bars.length * STEP + 8;
  const height = baseline + BELOW;
  const y = (people: number) => baseline - toPixels(people, scale, PLOT);
  const number = new Intl.NumberFormat(i18n.language);
  const day = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', timeZone });
  const hatch = (part: Part) => `${patternId}-${part}`;

  return (
    // Time runs left to right in both directions of writing, so the scroll starts at the left.
    <div className="chart-scroll" dir="ltr">
      <svg
        className="attendance-chart"
        role="img"
        aria-label={t('dashboard.chartName')}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        <defs>
          {PARTS.map((part) => (
            <pattern
              key={part}
              id={hatch(part)}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={PART_COLOURS[part]} strokeWidth="2" />
            </pattern>
          ))}
        </defs>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={AXIS} x2={width} y1={y(tick)} y2={y(tick)} />
            <text className="chart-axis" x={AXIS - 6} y={y(tick) + 4} textAnchor="end">
              {number.format(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const x = AXIS + index * STEP + (STEP - BAR) / 2;
          const middle = x + BAR / 2;
          const stack = stacks[index] ?? [];
          const stackTop = baseline - (heights[index] ?? 0);
          return (
            <g key={bar.sessionId}>
              {stack.map((segment) => {
                const top = baseline - segment.bottom - segment.height;
                return (
                  <g key={segment.part}>
                    <rect
                      x={x}
                      y={top}
                      width={BAR}
                      height={segment.height}
                      fill={
                        segment.suppressed
                          ? `url(#${hatch(segment.part)})`
                          : PART_COLOURS[segment.part]
                      }
                      stroke={segment.suppressed ? PART_COLOURS[segment.part] : '#fff'}
                      strokeWidth="1"
                    />
                    {segment.suppressed && (
                      <text
                        className="chart-small"
                        x={middle}
                        y={top + segment.height / 2 + 4}
                        textAnchor="middle"
                      >
                        {formatCount(segment.shown, i18n.language)}
                      </text>
                    )}
                  </g>
                );
              })}
              <text className="chart-total" x={middle} y={stackTop - 5} textAnchor="middle">
                {formatCount(bar.total, i18n.language)}
              </text>
              <text className="chart-axis" x={middle} y={baseline + 17} textAnchor="middle">
                {day.format(new Date(bar.startsAt))}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** What the colours and the hatching mean; the same words as the table's columns. */
export function ChartLegend() {
  const { t } = useTranslation('staff');
  return (
    <ul className="chart-legend">
      {PARTS.map((part) => (
        <li key={part}>
          <span className="swatch" style={{ background: PART_COLOURS[part] }} aria-hidden="true" />
          {t(`dashboard.columns.${part}`)}
        </li>
      ))}
      <li>
        <span className="swatch hatched" aria-hidden="true" />
        <span dir="ltr">{'<5'}</span>: {t('dashboard.suppressed')}
      </li>
      <li>
        <span className="swatch hatched" aria-hidden="true" />
        <span dir="ltr">{WITHHELD}</span>: {t('dashboard.withheld')}
      </li>
    </ul>
  );
}
