// What the summary says in words: whole dates (a summary is read later, away from the app),
// its span, and plain, unscored sentences about trust and agreements.
import type { AgreementInSpan } from '../bindings/AgreementInSpan';
import type { SummarySection } from '../bindings/SummarySection';
import type { TrustWeek } from '../bindings/TrustWeek';
import { ownerLabel } from '../agreements/terms';
import { parseDay } from '../journal/dates';

const FULL_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "3 November 2026": always with the year. */
export function fullDate(day: string): string {
  const date = parseDay(day);
  return Number.isNaN(date.getTime()) ? day : FULL_DATE.format(date);
}

/** "1 November 2026 to 30 November 2026", or one date for a single day. */
export function spanWords(from: string, to: string): string {
  return from === to ? fullDate(from) : `${fullDate(from)} to ${fullDate(to)}`;
}

export const SECTIONS: readonly { value: SummarySection; label: string }[] = [
  { value: 'trust', label: 'Trust over time' },
  { value: 'wins', label: 'Small wins, by kind' },
  { value: 'agreements', label: 'Agreements kept' },
  { value: 'triggers', label: 'Triggers and what helped' },
  { value: 'milestones', label: 'Milestones' },
];

const one = (count: number, word: string, words: string) => `${count} ${count === 1 ? word : words}`;

const rounded = (value: number) => (Math.round(value * 10) / 10).toLocaleString('en-GB');

/** "9 check-ins over 4 weeks. Weekly averages were between 4 and 7 out of 10." */
export function trustSentence(weeks: readonly TrustWeek[]): string {
  if (weeks.length === 0) return 'No trust check-ins in these days.';
  const checkIns = weeks.reduce((sum, week) => sum + week.checkIns, 0);
  const averages = weeks.map((week) => week.average);
  const low = rounded(Math.min(...averages));
  const high = rounded(Math.max(...averages));
  const range = low === high ? `The weekly average was ${low} out of 10.` : `Weekly averages were between ${low} and ${high} out of 10.`;
  return `${one(checkIns, 'check-in', 'check-ins')} over ${one(weeks.length, 'week', 'weeks')}. ${range}`;
}

/** "Kept by your partner. Kept 6 days, missed 1, renegotiated once." */
export function agreementWords(agreement: AgreementInSpan): string {
  const parts = [`kept ${one(agreement.kept, 'day', 'days')}`];
  if (agreement.missed > 0) parts.push(`missed ${agreement.missed}`);
  if (agreement.renegotiated > 0) parts.push(agreement.renegotiated === 1 ? 'renegotiated once' : `renegotiated ${agreement.renegotiated} times`);
  const marks = parts.join(', ');
  return `${ownerLabel(agreement.owner)}. ${marks.charAt(0).toUpperCase()}${marks.slice(1)}.`;
}
