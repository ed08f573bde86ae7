// "How far you've come" in words: the first 30 days of the journal beside the last 30, said
// plainly. Better is named without cheering, harder without blame, and a small difference is
// called what it is: about the same.
import { addDays } from '../browse/calendar-grid';
import type { Progress } from '../bindings/Progress';
import type { Stretch } from '../bindings/Stretch';
import { parseDay } from '../journal/dates';
import { minutesLabel } from '../records/labels';
import { figure, percent } from './words';

/** better and harder mean better or harder for the person, whichever way the number moved. */
export type Tone = 'better' | 'steady' | 'harder' | 'unknown';

export type Comparison = {
  id: 'trust' | 'wins' | 'keep-rate' | 'intensity' | 'settle';
  label: string;
  /** The last 30 days, as shown; null when there is nothing to show. */
  now: string | null;
  /** The first 30 days, as shown. */
  then: string | null;
  tone: Tone;
  sentence: string;
};

type Change = 'up' | 'same' | 'down';

function change(then: number, now: number, threshold: number): Change {
  if (Math.abs(now - then) < threshold) return 'same';
  return now > then ? 'up' : 'down';
}

const toneOf = (moved: Change, better: Change): Tone =>
  moved === 'same' ? 'steady' : moved === better ? 'better' : 'harder';

function trust(first: Stretch, last: Stretch): Comparison {
  const base = { id: 'trust', label: 'Trust', now: last.trust === null ? null : figure(last.trust) } as const;
  const then = first.trust === null ? null : figure(first.trust);
  if (first.trust === null || last.trust === null) {
    const sentence =
      last.trust !== null
        ? `Trust averages ${figure(last.trust)} lately; your first month had no ratings to compare with.`
        : first.trust !== null
          ? `No trust ratings in the last 30 days to compare with your first month's ${figure(first.trust)}.`
          : 'Rate trust on a few days and you will see how it changes here.';
    return { ...base, then, tone: 'unknown', sentence };
  }
  const moved = change(first.trust, last.trust, 0.3);
  const sentence = {
    up: `Trust has grown: ${figure(last.trust)} on average lately, from ${figure(first.trust)} in your first month.`,
    same: `Trust is about where it was in your first month (${figure(last.trust)}, then ${figure(first.trust)}).`,
    down: `Trust is lower than in your first month (${figure(last.trust)}, then ${figure(first.trust)}). Hard stretches are part of this; it may help to bring it to your next session.`,
  }[moved];
  return { ...base, then, tone: toneOf(moved, 'up'), sentence };
}

function wins(first: Stretch, last: Stretch): Comparison {
  const [then, now] = [first.wins_per_week, last.wins_per_week];
  const base = { id: 'wins', label: 'Wins a week', now: figure(now), then: figure(then) } as const;
  if (then === 0 && now === 0) {
    return { ...base, now: null, then: null, tone: 'unknown', sentence: 'No wins noted in either stretch yet. Small moments count.' };
  }
  const moved = change(then, now, Math.max(0.3, then * 0.15));
  const sentence = {
    up: `You are noticing more wins: ${figure(now)} a week lately, from ${figure(then)} at the start.`,
    same: `About as many wins as at the start: ${figure(now)} a week.`,
    down: `Fewer wins have been noted lately (${figure(now)} a week, from ${figure(then)}). Quieter stretches happen; the small moments still count.`,
  }[moved];
  return { ...base, tone: toneOf(moved, 'up'), sentence };
}

function keepRate(first: Stretch, last: Stretch): Comparison {
  const [then, now] = [first.keep_rate, last.keep_rate];
  const base = {
    id: 'keep-rate',
    label: 'Agreements kept',
    now: now === null ? null : percent(now),
    then: then === null ? null : percent(then),
  } as const;
  if (then === null || now === null) {
    const sentence =
      now !== null
        ? `Agreements were kept ${percent(now)} of the time lately.`
        : then !== null
          ? `No agreements marked in the last 30 days; in your first month they were kept ${percent(then)} of the time.`
          : 'Mark your agreements as kept or missed and you will see how they hold here.';
    return { ...base, tone: 'unknown', sentence };
  }
  const moved = change(then, now, 0.05);
  const sentence = {
    up: `Agreements are kept more often: ${percent(now)} of the time lately, from ${percent(then)}.`,
    same: `Agreements are kept about as often as at the start (${percent(now)} of the time).`,
    down: `Agreements were kept less often lately (${percent(now)}, then ${percent(then)}). It may help to talk them over together, or renegotiate what no longer fits.`,
  }[moved];
  return { ...base, tone: toneOf(moved, 'up'), sentence };
}

function intensity(first: Stretch, last: Stretch): Comparison {
  const [then, now] = [first.trigger_intensity, last.trigger_intensity];
  const base = {
    id: 'intensity',
    label: 'Trigger intensity',
    now: now === null ? null : figure(now),
    then: then === null ? null : figure(then),
  } as const;
  if (then === null && now === null) {
    return { ...base, tone: 'unknown', sentence: 'No triggers noted in either stretch.' };
  }
  if (now === null) {
    return { ...base, now: 'none', tone: 'better', sentence: `No triggers noted in the last 30 days; your first month had ${first.triggers}.` };
  }
  if (then === null) {
    return {
      ...base,
      then: 'none',
      tone: 'harder',
      sentence: `Triggers have come up lately (intensity ${figure(now)}) where your first month had none noted. That happens; be gentle with yourself.`,
    };
  }
  const moved = change(then, now, 0.3);
  const sentence = {
    down: `Triggers are gentler: intensity ${figure(now)} on average lately, from ${figure(then)}.`,
    same: `Triggers are about as strong as at the start (intensity ${figure(now)}).`,
    up: `Triggers have felt stronger lately (intensity ${figure(now)}, then ${figure(then)}). That happens; be gentle with yourself, and consider bringing it to your next session.`,
  }[moved];
  return { ...base, tone: toneOf(moved, 'down'), sentence };
}

/** "53 min", "2 h 20 min": a duration short enough for a figure. */
export function shortMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const rest = whole % 60;
  return rest === 0 ? `${Math.floor(whole / 60)} h` : `${Math.floor(whole / 60)} h ${rest} min`;
}

function settle(first: Stretch, last: Stretch): Comparison {
  const [then, now] = [first.settled_minutes, last.settled_minutes];
  const base = {
    id: 'settle',
    label: 'Time to settle',
    now: now === null ? null : shortMinutes(now),
    then: then === null ? null : shortMinutes(then),
  } as const;
  if (then === null || now === null) {
    const sentence =
      now !== null
        ? `Triggers took about ${minutesLabel(now)} to settle lately.`
        : then !== null
          ? `In your first month, triggers took about ${minutesLabel(then)} to settle.`
          : 'Note how long a trigger takes to settle and you will see it change here.';
    return { ...base, tone: 'unknown', sentence };
  }
  const moved = change(then, now, Math.max(5, then * 0.15));
  const sentence = {
    down: `Triggers settle sooner: about ${minutesLabel(now)} lately, from ${minutesLabel(then)}.`,
    same: `Triggers take about as long to settle as at the start (about ${minutesLabel(now)}).`,
    up: `Triggers take longer to settle lately (about ${minutesLabel(now)}, then ${minutesLabel(then)}). What helped before may help again.`,
  }[moved];
  return { ...base, tone: toneOf(moved, 'down'), sentence };
}

/** Each measure, first 30 days against the last 30. */
export function compareProgress({ first, last }: Progress): Comparison[] {
  return [trust(first, last), wins(first, last), keepRate(first, last), intensity(first, last), settle(first, last)];
}

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "3 Jan – 1 Feb 2016", or with both years when they differ. */
export function spanLabel(start: string, end: string): string {
  const [from, to] = [parseDay(start), parseDay(end)];
  const head = from.getFullYear() === to.getFullYear() ? DAY_MONTH.format(from) : DAY_MONTH_YEAR.format(from);
  return `${head} – ${DAY_MONTH_YEAR.format(to)}`;
}

/** What the panel says above the figures, or instead of them while the stretches overlap. */
export function progressLead(progress: Progress, today: string): string {
  if (!progress.comparable) {
    const ready = addDays(progress.first.start, 59);
    const when = progress.first.start < today ? ` (from about ${DAY_MONTH_YEAR.format(parseDay(ready))})` : '';
    return `After two months you'll see how far you've come here${when}.`;
  }
  return `Your first 30 days (${spanLabel(progress.first.start, progress.first.end)}) beside the last 30 (${spanLabel(progress.last.start, progress.last.end)}).`;
}
