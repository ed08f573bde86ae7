// Trust over time for the summary: weekly averages as a plain SVG line, so it prints sharply
// and travels inside a saved web page. The words beside it say the same for anyone who cannot
// see it.
import type { TrustWeek } from '../bindings/TrustWeek';
import { fullDate } from './words';

const WIDTH = 520;
const HEIGHT = 170;
const LEFT = 28;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 26;

const x = (index: number, count: number) => LEFT + (count === 1 ? (WIDTH - LEFT - RIGHT) / 2 : ((WIDTH - LEFT - RIGHT) * index) / (count - 1));
const y = (value: number) => TOP + ((10 - value) / 9) * (HEIGHT - TOP - BOTTOM);

export function TrustChart({ weeks, description }: { weeks: readonly TrustWeek[]; description: string }) {
  if (weeks.length === 0) return null;
  const points = weeks.map((week, index) => `${x(index, weeks.length).toFixed(1)},${y(week.average).toFixed(1)}`).join(' ');
  const last = weeks[weeks.length - 1]!;
  return (
    <svg class="summary-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description} data-testid="summary-trust-chart">
      {[1, 5, 10].map((value) => (
        <g key={value}>
          <line class="summary-chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(value)} y2={y(value)} />
          <text class="summary-chart-label" x={LEFT - 6} y={y(value) + 4} text-anchor="end">
            {value}
          </text>
        </g>
      ))}
      <polyline class="summary-chart-line" points={points} />
      {weeks.map((week, index) => (
        <circle key={week.start} class="summary-chart-dot" cx={x(index, weeks.length)} cy={y(week.average)} r={3} />
      ))}
      <text class="summary-chart-label" x={LEFT} y={HEIGHT - 6}>
        Week of {fullDate(weeks[0]!.start)}
      </text>
      {weeks.length > 1 && (
        <text class="summary-chart-label" x={WIDTH - RIGHT} y={HEIGHT - 6} text-anchor="end">
          Week of {fullDate(last.start)}
        </text>
      )}
    </svg>
  );
}
