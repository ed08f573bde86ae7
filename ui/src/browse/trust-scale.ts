// Trust shown as colour: a calm scale from a muted sand (1) to the gold of the accent (10). The
// colours themselves live in trust-scale.css, one per level and theme; here is which level a
// day gets and how it is said in words.
import type { CalendarDay } from '../bindings/CalendarDay';
import './trust-scale.css';

export const TRUST_SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The colour level of a rating: a whole number from 1 to 10, or null when unrated. */
export function trustLevel(trust: number | null | undefined): number | null {
  if (trust === null || trust === undefined || !Number.isFinite(trust)) return null;
  return Math.min(10, Math.max(1, Math.round(trust)));
}

export function countLabel(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "3 entries, trust 7/10, starred": what a marked day in the calendar stands for. */
export function describeDay(day: Pick<CalendarDay, 'entries' | 'trust' | 'starred'>): string {
  const level = trustLevel(day.trust);
  return [
    countLabel(day.entries, 'entry', 'entries'),
    level === null ? 'trust not rated' : `trust ${level}/10`,
    day.starred ? 'starred' : null,
  ]
    .filter(Boolean)
    .join(', ');
}
