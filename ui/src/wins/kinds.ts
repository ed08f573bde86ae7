// What a win can be about and who it came from, as the interface says them, and the backend's
// rules for a win mirrored for the form.
import type { WinDraft } from '../bindings/WinDraft';
import type { WinFrom } from '../bindings/WinFrom';
import type { WinKind } from '../bindings/WinKind';
import type { WinWeek } from '../bindings/WinWeek';
import { dayProblem, firstProblem, textProblem } from '../records/checks';
import { addDays } from '../browse/calendar-grid';

/** The five steps of rebuilding, then the everyday ways of staying connected, in that order. */
export const WIN_KINDS: readonly { kind: WinKind; label: string }[] = [
  { kind: 'communication', label: 'Communication' },
  { kind: 'responsibility', label: 'Responsibility' },
  { kind: 'boundaries', label: 'Boundaries & transparency' },
  { kind: 'professional_support', label: 'Professional support' },
  { kind: 'consistency', label: 'Consistency' },
  { kind: 'quality_time', label: 'Quality time' },
  { kind: 'empathy', label: 'Empathy & appreciation' },
];

export const WIN_FROM: readonly { from: WinFrom; label: string }[] = [
  { from: 'me', label: 'Me' },
  { from: 'partner', label: 'My partner' },
  { from: 'us', label: 'Us' },
];

export const kindLabel = (kind: WinKind) => WIN_KINDS.find((k) => k.kind === kind)?.label ?? kind;

export const fromLabel = (from: WinFrom) => WIN_FROM.find((f) => f.from === from)?.label ?? from;

const FROM_PHRASES: Record<WinFrom, string> = { me: 'From me', partner: 'From my partner', us: 'From us both' };

/** "From my partner": who a win came from, as a line under it says. */
export const fromPhrase = (from: WinFrom) => FROM_PHRASES[from];

export const MAX_WIN_CHARS = 500;

/** Why the backend would refuse `draft`, in its words, or null. */
export function winProblem(draft: Pick<WinDraft, 'text' | 'day'>): string | null {
  return firstProblem(textProblem(draft.text, 'win', MAX_WIN_CHARS, true), dayProblem(draft.day));
}

/**
 * How many weeks in a row have wins, up to this week; a week still under way does not break
 * the run. Counted to encourage, so a gap simply ends it, with nothing said about the gap.
 */
export function weeksRunning(weeks: readonly WinWeek[], thisWeek: string): number {
  const withWins = new Set(weeks.filter((week) => week.wins.length > 0).map((week) => week.start));
  let week = withWins.has(thisWeek) ? thisWeek : addDays(thisWeek, -7);
  let run = 0;
  while (withWins.has(week)) {
    run += 1;
    week = addDays(week, -7);
  }
  return run;
}
