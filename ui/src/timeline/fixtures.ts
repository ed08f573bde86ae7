// Timelines for the tests: points with everything zero unless a test says otherwise.
import type { Timeline } from '../bindings/Timeline';
import type { TimelinePoint } from '../bindings/TimelinePoint';
import type { WinKind } from '../bindings/WinKind';

export const KINDS: WinKind[] = [
  'communication', 'responsibility', 'boundaries', 'professional_support', 'consistency', 'quality_time', 'empathy',
];

export function point(start: string, end: string, change: Partial<TimelinePoint> = {}): TimelinePoint {
  return {
    start,
    end,
    trust: null,
    trust_average: null,
    rated_days: 0,
    wins: [0, 0, 0, 0, 0, 0, 0],
    kept: 0,
    missed: 0,
    keep_rate: null,
    triggers: 0,
    trigger_intensity: null,
    settled_minutes: null,
    ...change,
  };
}

/** Three weeks of 2025, the last one full of things. */
export function weeks(): Timeline {
  return {
    zoom: 'quarter',
    step: 'week',
    kinds: [...KINDS],
    points: [
      point('2025-10-20', '2025-10-26', { trust: 5, trust_average: 5, rated_days: 2 }),
      point('2025-10-27', '2025-11-02'),
      point('2025-11-03', '2025-11-09', {
        trust: 6.42,
        trust_average: 6.06,
        rated_days: 5,
        wins: [2, 0, 0, 0, 0, 2, 1],
        kept: 6,
        missed: 1,
        keep_rate: 6 / 7,
        triggers: 1,
        trigger_intensity: 2,
        settled_minutes: 20,
      }),
    ],
    milestones: [{ id: 'm1', day: '2025-11-05', kind: 'couples_session', title: '' }],
  };
}
