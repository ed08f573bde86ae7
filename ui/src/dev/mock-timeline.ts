// Development only: the mock's trust-progress timeline, "how far you've come" and the days
// behind a point, computed from the mock's entries and progress records by the rules of the
// Rust core (src-tauri/core/src/progress/timeline.rs), so the preview draws what the app would.
//
// Query flag: harder=1 swaps the figures of the first and last 30 days, to see the kind words
// for a harder stretch.
import type { AgreementDay } from '../bindings/AgreementDay';
import type { DayRecords } from '../bindings/DayRecords';
import type { Entry } from '../bindings/Entry';
import type { Milestone } from '../bindings/Milestone';
import type { Progress } from '../bindings/Progress';
import type { Step } from '../bindings/Step';
import type { Stretch } from '../bindings/Stretch';
import type { Timeline } from '../bindings/Timeline';
import type { TimelinePoint } from '../bindings/TimelinePoint';
import type { Trigger } from '../bindings/Trigger';
import type { Win } from '../bindings/Win';
import type { WinKind } from '../bindings/WinKind';
import type { Zoom } from '../bindings/Zoom';
import { addDays, weekdayIndex } from '../browse/calendar-grid';
import { isDay, localDay } from '../journal/dates';
import { summary } from './mock-looking-back';
import type { MockAgreement } from './mock-progress';

export type TimelineSource = {
  entries: readonly Entry[];
  wins: readonly Win[];
  agreements: readonly MockAgreement[];
  triggers: readonly Trigger[];
  milestones: readonly Milestone[];
};

const KINDS: WinKind[] = [
  'communication', 'responsibility', 'boundaries', 'professional_support', 'consistency', 'quality_time', 'empathy',
];
const MAX_DRILL_DAYS = 400;
const STRETCH_DAYS = 30;

const mean = (sum: number, count: number) => (count > 0 ? sum / count : null);
const keepRate = (kept: number, missed: number) => (kept + missed > 0 ? kept / (kept + missed) : null);

function daysBetween(a: string, b: string): number {
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

function addMonths(day: string, months: number): string {
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

function periodStart(step: Step, day: string): string {
  if (step === 'day') return day;
  if (step === 'week') return addDays(day, -weekdayIndex(day));
  return `${day.slice(0, 7)}-01`;
}

const nextPeriod = (step: Step, start: string) =>
  step === 'day' ? addDays(start, 1) : step === 'week' ? addDays(start, 7) : addMonths(start, 1);

function* marks(source: TimelineSource): Generator<{ agreement: MockAgreement; day: string; keeping: AgreementDay['keeping'] }> {
  for (const agreement of source.agreements) {
    for (const [day, keeping] of Object.entries(agreement.marks)) yield { agreement, day, keeping };
  }
}

function firstDay(source: TimelineSource): string | null {
  const days = [
    ...source.entries.map((e) => e.day),
    ...source.wins.map((w) => w.day),
    ...[...marks(source)].map((m) => m.day),
    ...source.triggers.map((t) => t.day),
    ...source.milestones.map((m) => m.day),
  ];
  return days.length ? days.reduce((a, b) => (a < b ? a : b)) : null;
}

/** Each day's trust: the mean of that day's ratings. */
function dailyTrust(entries: readonly Entry[]): Map<string, number> {
  const days = new Map<string, { sum: number; count: number }>();
  for (const entry of entries) {
    if (entry.trust === null) continue;
    const day = days.get(entry.day) ?? { sum: 0, count: 0 };
    day.sum += entry.trust;
    day.count += 1;
    days.set(entry.day, day);
  }
  return new Map([...days].map(([day, { sum, count }]) => [day, sum / count]));
}

function trustOver(daily: Map<string, number>, start: string, end: string) {
  let sum = 0;
  let count = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) {
    const trust = daily.get(day);
    if (trust !== undefined) {
      sum += trust;
      count += 1;
    }
  }
  return { trust: mean(sum, count), count };
}

function periods(zoom: Zoom, end: string, first: string | null): { step: Step; spans: [string, string][] } {
  const [step, count]: [Step, number] =
    zoom === 'week' ? ['day', 7] : zoom === 'month' ? ['day', 30] : zoom === 'quarter' ? ['week', 13] : zoom === 'year' ? ['week', 52] : ['month', 0];
  const last = periodStart(step, end);
  let start =
    zoom === 'all'
      ? periodStart(step, first !== null && first < end ? first : end)
      : step === 'day'
        ? addDays(last, -(count - 1))
        : addDays(last, -7 * (count - 1));
  const spans: [string, string][] = [];
  while (start <= last) {
    const next = nextPeriod(step, start);
    spans.push([start, addDays(next, -1)]);
    start = next;
  }
  return { step, spans };
}

const AVERAGE_WINDOW: Record<Step, number> = { day: 7, week: 28, month: 91 };

export function timeline(source: TimelineSource, zoom: Zoom, end: string): Timeline {
  const { step, spans } = periods(zoom, end, firstDay(source));
  const daily = dailyTrust(source.entries);
  const points: TimelinePoint[] = spans.map(([start, last]) => {
    const own = trustOver(daily, start, last);
    const trailing = trustOver(daily, addDays(last, -(AVERAGE_WINDOW[step] - 1)), last);
    return {
      start,
      end: last,
      trust: own.trust,
      trust_average: trailing.trust,
      rated_days: own.count,
      wins: KINDS.map(() => 0),
      kept: 0,
      missed: 0,
      keep_rate: null,
      triggers: 0,
      trigger_intensity: null,
      settled_minutes: null,
    };
  });
  const first = spans[0]?.[0] ?? end;
  const last = spans[spans.length - 1]?.[1] ?? end;
  // Points are in order, so a day's point is found by halving.
  const indexOf = (day: string): number | null => {
    if (day < first || day > last) return null;
    let [low, high] = [0, points.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (points[middle]!.start <= day) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  for (const win of source.wins) {
    const at = indexOf(win.day);
    if (at !== null) points[at]!.wins[Math.max(0, KINDS.indexOf(win.kind))]! += 1;
  }
  for (const { day, keeping } of marks(source)) {
    const at = indexOf(day);
    if (at === null) continue;
    if (keeping === 'kept') points[at]!.kept += 1;
    if (keeping === 'missed') points[at]!.missed += 1;
  }
  const intensity = points.map(() => ({ sum: 0, count: 0 }));
  const settled = points.map(() => ({ sum: 0, count: 0 }));
  for (const trigger of source.triggers) {
    const at = indexOf(trigger.day);
    if (at === null) continue;
    points[at]!.triggers += 1;
    intensity[at]!.sum += trigger.intensity;
    intensity[at]!.count += 1;
    if (trigger.settled_minutes !== null) {
      settled[at]!.sum += trigger.settled_minutes;
      settled[at]!.count += 1;
    }
  }
  points.forEach((point, at) => {
    point.keep_rate = keepRate(point.kept, point.missed);
    point.trigger_intensity = mean(intensity[at]!.sum, intensity[at]!.count);
    point.settled_minutes = mean(settled[at]!.sum, settled[at]!.count);
  });
  const milestones = source.milestones
    .filter((m) => m.day >= first && m.day <= last)
    .map(({ id, day, kind, title }) => ({ id, day, kind, title }))
    .sort((a, b) => a.day.localeCompare(b.day));
  return { zoom, step, kinds: [...KINDS], points, milestones };
}

function stretch(source: TimelineSource, daily: Map<string, number>, start: string, end: string): Stretch {
  const within = (day: string) => day >= start && day <= end;
  const rated = trustOver(daily, start, end);
  const wins = source.wins.filter((w) => within(w.day)).length;
  let [kept, missed] = [0, 0];
  for (const mark of marks(source)) {
    if (!within(mark.day)) continue;
    if (mark.keeping === 'kept') kept += 1;
    if (mark.keeping === 'missed') missed += 1;
  }
  const triggers = source.triggers.filter((t) => within(t.day));
  const settled = triggers.flatMap((t) => (t.settled_minutes === null ? [] : [t.settled_minutes]));
  return {
    start,
    end,
    trust: rated.trust,
    rated_days: rated.count,
    wins_per_week: (7 * wins) / (daysBetween(start, end) + 1),
    keep_rate: keepRate(kept, missed),
    triggers: triggers.length,
    trigger_intensity: mean(triggers.reduce((sum, t) => sum + t.intensity, 0), triggers.length),
    settled_minutes: mean(settled.reduce((a, b) => a + b, 0), settled.length),
  };
}

export function progress(source: TimelineSource, today: string): Progress {
  const daily = dailyTrust(source.entries);
  const found = firstDay(source);
  const first = found !== null && found < today ? found : today;
  const firstEnd = [addDays(first, STRETCH_DAYS - 1), today].sort()[0]!;
  const lastStart = [addDays(today, -(STRETCH_DAYS - 1)), first].sort()[1]!;
  return {
    first: stretch(source, daily, first, firstEnd),
    last: stretch(source, daily, lastStart, today),
    comparable: firstEnd < lastStart,
  };
}

const newestFirst = (a: { day: string; created: string }, b: { day: string; created: string }) =>
  b.day.localeCompare(a.day) || b.created.localeCompare(a.created);

/** The terms an agreement had on `day`: the latest version begun by then. */
function termsOn(agreement: MockAgreement, day: string): string {
  const terms = agreement.terms.filter((t) => t.from <= day);
  return (terms[terms.length - 1] ?? agreement.terms[0]!).text;
}

export function recordsBetween(source: TimelineSource, start: string, end: string): DayRecords {
  const within = (day: string) => day >= start && day <= end;
  const agreementDays: AgreementDay[] = [...marks(source)]
    .filter((mark) => within(mark.day))
    .map(({ agreement, day, keeping }) => ({ agreement: agreement.id, text: termsOn(agreement, day), day, keeping }))
    .sort((a, b) => b.day.localeCompare(a.day) || a.text.localeCompare(b.text));
  return {
    start,
    end,
    entries: source.entries.filter((e) => within(e.day)).sort(newestFirst).map(summary),
    wins: source.wins.filter((w) => within(w.day)).sort(newestFirst).map((w) => ({ ...w })),
    agreement_days: agreementDays,
    triggers: source.triggers.filter((t) => within(t.day)).sort(newestFirst).map((t) => ({ ...t })),
    milestones: source.milestones.filter((m) => within(m.day)).sort(newestFirst).map((m) => ({ ...m })),
  };
}

type Answer = (args: Record<string, unknown>) => unknown;
type Unlocked = <T>(answer: () => T | Promise<T>) => Promise<T>;

const ZOOMS: readonly Zoom[] = ['week', 'month', 'quarter', 'year', 'all'];

const isDayText = (value: unknown): value is string => typeof value === 'string' && isDay(value);

const invalid = (message: string) => Promise.reject({ kind: 'invalid_input', message });

/** With harder=1, "how far you've come" tells of a harder last month, to see how it says so. */
const harder = new URLSearchParams(location.search).get('harder') === '1';

/** The commands, each answering only while the journal is unlocked. */
export function timelineCommands(source: () => TimelineSource, unlocked: Unlocked): Record<string, Answer> {
  return {
    timeline: ({ zoom, end }) =>
      unlocked(() => {
        if (!ZOOMS.includes(zoom as Zoom)) return invalid(`The timeline has no zoom ${String(zoom)}.`);
        if (end !== null && end !== undefined && !isDayText(end)) return invalid('Choose a day between the years 1920 and 2200.');
        return timeline(source(), zoom as Zoom, end ?? localDay());
      }),
    progress: () =>
      unlocked(() => {
        const answer = progress(source(), localDay());
        if (!harder) return answer;
        // The same two stretches with their figures swapped: the last month reads as the harder one.
        const { first, last } = answer;
        return { ...answer, first: { ...last, start: first.start, end: first.end }, last: { ...first, start: last.start, end: last.end } };
      }),
    records_between: ({ start, end }) =>
      unlocked(() => {
        if (!isDayText(start) || !isDayText(end)) return invalid('Choose a day between the years 1920 and 2200.');
        if (end < start || daysBetween(start, end) > MAX_DRILL_DAYS) {
          return invalid(`Choose a span of up to ${MAX_DRILL_DAYS} days, its end after its start.`);
        }
        return recordsBetween(source(), start, end);
      }),
  };
}
