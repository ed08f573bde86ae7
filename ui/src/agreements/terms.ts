// How agreements are said and counted: their cadence, a day's mark, the keep rate in words, and
// the run of days kept, which is only ever mentioned while it lasts.
import type { AgreementView } from '../bindings/AgreementView';
import type { Cadence } from '../bindings/Cadence';
import type { Keeping } from '../bindings/Keeping';
import type { Owner } from '../bindings/Owner';
import { addDays } from '../browse/calendar-grid';
import { dayProblem, firstProblem, textProblem } from '../records/checks';

export const CADENCES: readonly { value: Cadence; label: string }[] = [
  { value: 'daily', label: 'Every day' },
  { value: 'weekly', label: 'Every week' },
  { value: 'when_it_comes_up', label: 'When it comes up' },
];

export const cadenceLabel = (cadence: Cadence) =>
  CADENCES.find((c) => c.value === cadence)?.label ?? cadence;

/** Who keeps an agreement, as the person writing this journal chooses it. */
export const OWNERS: readonly { value: Owner; label: string }[] = [
  { value: 'ours', label: 'We both do' },
  { value: 'mine', label: 'I do' },
  { value: 'theirs', label: 'My partner does' },
];

/** Who keeps it, as the agreement's card says it. */
export function ownerLabel(owner: Owner): string {
  switch (owner) {
    case 'mine':
      return 'Kept by you';
    case 'theirs':
      return 'Kept by your partner';
    case 'ours':
      return 'Kept by both of you';
  }
}

export const KEEPINGS: readonly { value: Keeping; label: string }[] = [
  { value: 'kept', label: 'Kept' },
  { value: 'missed', label: 'Missed' },
  { value: 'renegotiated', label: 'Renegotiated' },
];

export const MAX_TERMS_CHARS = 500;
/** A note on what repair could look like after a missed day. */
export const MAX_NOTE_CHARS = 2000;

/** Why the backend would refuse these terms, in its words, or null. */
export function termsProblem(text: string, day: string): string | null {
  return firstProblem(textProblem(text, 'agreement', MAX_TERMS_CHARS, true), dayProblem(day));
}

/**
 * A keep rate as a whole percentage that never rounds a miss away (249 of 250 is 99%, not 100%)
 * nor a kept day to nothing.
 */
export function keepPercent(kept: number, missed: number): number | null {
  const marked = kept + missed;
  if (marked === 0) return null;
  if (missed === 0) return 100;
  return Math.min(99, Math.max(kept > 0 ? 1 : 0, Math.round((kept / marked) * 100)));
}

/** "Kept 12 of 14 marked days — 86%"; renegotiated days are neither kept nor missed. */
export function keepRateLabel(kept: number, missed: number): string {
  const marked = kept + missed;
  const percent = keepPercent(kept, missed);
  if (percent === null) return 'No days marked yet';
  const days = marked === 1 ? 'marked day' : 'marked days';
  return `Kept ${kept.toLocaleString('en-GB')} of ${marked.toLocaleString('en-GB')} ${days} — ${percent}%`;
}

/**
 * The keep rate in words alone, for those who find numbers turn into keeping score: "Kept most
 * marked days".
 */
export function keepWordsLabel(kept: number, missed: number): string {
  const percent = keepPercent(kept, missed);
  if (percent === null) return 'No days marked yet';
  if (missed === 0) return 'Kept every marked day';
  if (percent >= 60) return 'Kept most marked days';
  if (percent >= 40) return 'Kept about half the marked days';
  if (kept > 0) return 'Kept some marked days';
  return 'Not kept on the marked days so far';
}

/** The keep rate as numbers, or in words when the person chose so in Settings. */
export function keepLabel(kept: number, missed: number, numbers: boolean): string {
  return numbers ? keepRateLabel(kept, missed) : keepWordsLabel(kept, missed);
}

/** How many of the latest marks in a row were "kept"; a renegotiation neither adds nor ends it. */
export function keptRun(view: Pick<AgreementView, 'marks'>): number {
  let run = 0;
  for (let index = view.marks.length - 1; index >= 0; index -= 1) {
    const keeping = view.marks[index]!.keeping;
    if (keeping === 'missed') break;
    if (keeping === 'kept') run += 1;
  }
  return run;
}

/** The words for a run worth mentioning, or null: a run of one or two says little. */
export function keptRunLabel(run: number): string | null {
  return run >= 3 ? `${run} times kept in a row` : null;
}

/** "Renegotiated once", "Renegotiated 3 times". */
export function renegotiatedLabel(times: number): string {
  return times === 1 ? 'Renegotiated once' : times === 2 ? 'Renegotiated twice' : `Renegotiated ${times} times`;
}

/** Whether the agreement applied on `day`: from its first day, until the day it was retired. */
export function activeOn(view: Pick<AgreementView, 'since' | 'retired'>, day: string): boolean {
  return view.since <= day && (view.retired === null || day < view.retired);
}

/** How it went on `day`, if marked. */
export function markOn(view: Pick<AgreementView, 'marks'>, day: string): Keeping | null {
  return view.marks.find((mark) => mark.day === day)?.keeping ?? null;
}

/** Pressing the mark already set clears it; any other sets it. */
export function nextKeeping(current: Keeping | null, pressed: Keeping): Keeping | null {
  return current === pressed ? null : pressed;
}

/** The last `count` days up to `today`, each with its mark, or null where none or not in force. */
export function recentDays(
  view: Pick<AgreementView, 'marks' | 'since' | 'retired'>,
  today: string,
  count: number,
): { day: string; keeping: Keeping | null; active: boolean }[] {
  const marks = new Map(view.marks.map((mark) => [mark.day, mark.keeping]));
  return Array.from({ length: count }, (_, index) => {
    const day = addDays(today, index - count + 1);
    return { day, keeping: marks.get(day) ?? null, active: activeOn(view, day) };
  });
}
