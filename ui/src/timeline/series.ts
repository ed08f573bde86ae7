// The timeline's points turned into what the chart draws. Points sit at 0, 1, 2 … on the time
// axis, one per period, so a month and a week take the same room and bars line up with lines.
import type { MilestoneMarker } from '../bindings/MilestoneMarker';
import type { Step } from '../bindings/Step';
import type { Timeline } from '../bindings/Timeline';
import { parseDay } from '../journal/dates';
import { shortMonthLabel } from '../records/labels';

export type ChartSeries = {
  x: number[];
  trust: (number | null)[];
  average: (number | null)[];
  /** For each kind of win, in the timeline's order, the wins of that kind and all before it. */
  winStacks: number[][];
  winTotals: number[];
  /** Kept out of kept and missed, 0 to 100. */
  keepRate: (number | null)[];
  intensity: (number | null)[];
  triggers: number[];
  /** Where each milestone falls: its point's place, shifted by its day within the period. */
  milestones: { x: number; marker: MilestoneMarker }[];
};

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b`, immune to clock changes. */
function daysBetween(a: string, b: string): number {
  const utc = (day: string) => {
    const date = parseDay(day);
    return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  };
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

export function milestonePlace(timeline: Pick<Timeline, 'points'>, day: string): number | null {
  const at = timeline.points.findIndex((p) => p.start <= day && day <= p.end);
  const point = timeline.points[at];
  if (!point) return null;
  const length = daysBetween(point.start, point.end) + 1;
  return at - 0.5 + (daysBetween(point.start, day) + 0.5) / length;
}

export function chartSeries(timeline: Timeline): ChartSeries {
  const { points, kinds } = timeline;
  const winStacks = kinds.map(() => new Array<number>(points.length).fill(0));
  points.forEach((point, at) => {
    let sum = 0;
    kinds.forEach((_, k) => {
      sum += point.wins[k] ?? 0;
      winStacks[k]![at] = sum;
    });
  });
  return {
    x: points.map((_, at) => at),
    trust: points.map((p) => p.trust),
    average: points.map((p) => p.trust_average),
    winStacks,
    winTotals: points.map((p) => p.wins.reduce((sum, n) => sum + n, 0)),
    keepRate: points.map((p) => (p.keep_rate === null ? null : p.keep_rate * 100)),
    intensity: points.map((p) => p.trigger_intensity),
    triggers: points.map((p) => p.triggers),
    milestones: timeline.milestones.flatMap((marker) => {
      const x = milestonePlace(timeline, marker.day);
      return x === null ? [] : [{ x, marker }];
    }),
  };
}

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric' });

/** The label under a point on the time axis: "Mon 3", "3 Nov", "Mar", "Jan 26". */
export function axisLabel(start: string, step: Step, pointCount: number): string {
  if (step === 'month') return shortMonthLabel(start);
  const date = parseDay(start);
  return step === 'day' && pointCount <= 7 ? WEEKDAY.format(date) : DAY_MONTH.format(date);
}

const EVERY: Record<Step, readonly number[]> = {
  day: [1, 2, 3, 5, 7, 14],
  week: [1, 2, 4, 8, 13, 26],
  month: [1, 2, 3, 6, 12, 24, 36, 60],
};

/**
 * Which points get a label on an axis `width` pixels wide, each label wanting `room` pixels:
 * every nth point counted back from the newest, or for months the quarters or Januaries.
 */
export function axisTicks(starts: readonly string[], step: Step, width: number, room: number): number[] {
  const count = starts.length;
  if (count === 0) return [];
  const fits = Math.max(1, Math.floor(width / room));
  const every = EVERY[step].find((n) => Math.ceil(count / n) <= fits) ?? Math.ceil(count / fits);
  const ticks: number[] = [];
  for (let at = 0; at < count; at += 1) {
    const keep =
      step === 'month'
        ? (Number(starts[at]!.slice(0, 4)) * 12 + Number(starts[at]!.slice(5, 7)) - 1) % every === 0
        : (count - 1 - at) % every === 0;
    if (keep) ticks.push(at);
  }
  return ticks;
}

/** The top of the wins axis: a whole number whose half is whole too, at or above the most. */
export function winsTop(most: number): number {
  if (most <= 2) return 2;
  const magnitude = 10 ** Math.floor(Math.log10(most / 2));
  const half = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
    .map((n) => n * magnitude)
    .find((n) => Number.isInteger(n) && n * 2 >= most);
  return 2 * (half ?? 10 * magnitude);
}
