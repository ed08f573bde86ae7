// The timeline in words: what one point of the chart stands for, said as a sentence for the
// tooltip, the live region and the drill-down. Kinds of win are named short and in lower case
// here, as they sit in the middle of a sentence.
import type { MilestoneMarker } from '../bindings/MilestoneMarker';
import type { Step } from '../bindings/Step';
import type { TimelinePoint } from '../bindings/TimelinePoint';
import type { WinKind } from '../bindings/WinKind';
import { milestoneName } from '../milestones/milestone-kinds';
import { countOf, monthLabel, shortDayLabel, weekLabel } from '../records/labels';
import * as clock from '../clock';

const WIN_KIND_NAMES: Record<WinKind, string> = {
  communication: 'communication',
  responsibility: 'responsibility',
  boundaries: 'boundaries',
  professional_support: 'professional support',
  consistency: 'consistency',
  quality_time: 'quality time',
  empathy: 'empathy',
};

/** Where a kind's name reads wrong after "1". */
const ONE_OF_KIND: Partial<Record<WinKind, string>> = { boundaries: 'boundary' };

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "6.4", and "7" rather than "7.0": figures as a person would say them. */
export function figure(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** "Yesterday", "Week of 3 November", "March 2025": the period a point spans. */
export function pointLabel(point: Pick<TimelinePoint, 'start'>, step: Step, now: Date = clock.now()): string {
  switch (step) {
    case 'day':
      return shortDayLabel(point.start, now);
    case 'week':
      return weekLabel(point.start, now);
    case 'month':
      return monthLabel(point.start);
  }
}

export const totalWins = (point: Pick<TimelinePoint, 'wins'>) => point.wins.reduce((sum, n) => sum + n, 0);

export function trustWords(point: Pick<TimelinePoint, 'trust' | 'trust_average'>): string {
  const average = point.trust_average === null ? '' : ` (avg ${figure(point.trust_average)})`;
  return point.trust === null ? `no trust rating${average}` : `trust ${figure(point.trust)}${average}`;
}

/** "no wins", "1 win (empathy)", "5 wins (2 communication, 3 quality time)". */
export function winWords(wins: readonly number[], kinds: readonly WinKind[]): string {
  const total = wins.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'no wins';
  const present = kinds.map((kind, at) => ({ kind, count: wins[at] ?? 0 })).filter((k) => k.count > 0);
  const detail =
    present.length === 1
      ? WIN_KIND_NAMES[present[0]!.kind]
      : present.map(({ kind, count }) => `${count} ${count === 1 ? ONE_OF_KIND[kind] ?? WIN_KIND_NAMES[kind] : WIN_KIND_NAMES[kind]}`).join(', ');
  return `${countOf(total, 'win', 'wins')} (${detail})`;
}

export function triggerWords(point: Pick<TimelinePoint, 'triggers' | 'trigger_intensity'>): string {
  if (point.triggers === 0) return 'no triggers';
  const intensity = point.trigger_intensity === null ? '' : `, intensity ${figure(point.trigger_intensity)}`;
  return `${countOf(point.triggers, 'trigger', 'triggers')}${intensity}`;
}

/** The milestones that fall within a point. */
export function milestonesIn(point: Pick<TimelinePoint, 'start' | 'end'>, milestones: readonly MilestoneMarker[]) {
  return milestones.filter((m) => m.day >= point.start && m.day <= point.end);
}

type TimelineContext = { step: Step; kinds: readonly WinKind[]; milestones: readonly MilestoneMarker[] };

/** What a point stands for, a phrase at a time: the tooltip sets each on its own line. */
export function pointDetails(point: TimelinePoint, timeline: TimelineContext, now: Date = clock.now()) {
  const figures = [trustWords(point), winWords(point.wins, timeline.kinds)];
  if (point.kept + point.missed > 0) figures.push(`kept ${point.kept} of ${point.kept + point.missed}`);
  figures.push(triggerWords(point));
  return {
    title: pointLabel(point, timeline.step, now),
    figures,
    milestones: milestonesIn(point, timeline.milestones).map(milestoneName),
  };
}

/**
 * "Week of 3 November: trust 6.4 (avg 6.1), 5 wins (2 communication, 3 quality time), kept 6
 * of 7, 1 trigger, intensity 2; Couples session".
 */
export function describePoint(point: TimelinePoint, timeline: TimelineContext, now: Date = clock.now()): string {
  const { title, figures, milestones } = pointDetails(point, timeline, now);
  const marked = milestones.length > 0 ? `; ${milestones.join(', ')}` : '';
  return `${title}: ${figures.join(', ')}${marked}`;
}
