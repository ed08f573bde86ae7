import { describe, expect, it } from 'vitest';
import type { Entry } from '../bindings/Entry';
import { weekdayIndex } from '../browse/calendar-grid';
import type { MockAgreement } from './mock-progress';
import { progress, recordsBetween, timeline, type TimelineSource } from './mock-timeline';

function entry(day: string, trust: number | null): Entry {
  return { id: `e-${day}-${trust}`, day, created: `${day}T20:00:00Z`, updated: `${day}T20:00:00Z`, title: '', text: 'A day.', feelings: [], trust, tags: [], starred: false };
}

const agreement: MockAgreement = {
  id: 'a1',
  terms: [
    { text: 'Call when late', cadence: 'when_it_comes_up', from: '2025-09-01' },
    { text: 'Call or message when late', cadence: 'when_it_comes_up', from: '2025-11-05' },
  ],
  retired: null,
  marks: { '2025-11-03': 'kept', '2025-11-04': 'missed', '2025-11-05': 'renegotiated', '2025-11-06': 'kept' },
};

const SOURCE: TimelineSource = {
  entries: [entry('2025-09-01', 2), entry('2025-11-03', 6), entry('2025-11-03', 8), entry('2025-11-05', 4)],
  wins: [
    { id: 'w1', day: '2025-11-04', created: '', text: 'Talked', kind: 'communication', from: 'us', entry: null },
    { id: 'w2', day: '2025-11-09', created: '', text: 'Walked', kind: 'quality_time', from: 'us', entry: null },
  ],
  agreements: [agreement],
  triggers: [
    { id: 't1', day: '2025-11-06', created: '', what: 'A song', intensity: 4, helped: '', settled_minutes: 30 },
    { id: 't2', day: '2025-11-07', created: '', what: 'A name', intensity: 2, helped: '', settled_minutes: null },
  ],
  milestones: [{ id: 'm1', day: '2025-11-05', created: '', kind: 'apology', title: '', note: '' }],
};

describe('the mock timeline, by the core’s rules', () => {
  it('covers thirteen Monday weeks for a quarter, the last holding the end', () => {
    const quarter = timeline(SOURCE, 'quarter', '2025-11-12');
    expect(quarter.step).toBe('week');
    expect(quarter.points).toHaveLength(13);
    expect(quarter.points.every((p) => weekdayIndex(p.start) === 0)).toBe(true);
    expect(quarter.points.at(-1)).toMatchObject({ start: '2025-11-10', end: '2025-11-16' });
  });

  it('sums a week: daily trust means, wins by kind, kept against missed, triggers', () => {
    const week = timeline(SOURCE, 'quarter', '2025-11-12').points.at(-2)!;
    expect(week).toMatchObject({
      start: '2025-11-03',
      trust: 5.5,
      rated_days: 2,
      wins: [1, 0, 0, 0, 0, 1, 0],
      kept: 2,
      missed: 1,
      triggers: 2,
      trigger_intensity: 3,
      settled_minutes: 30,
    });
    expect(week.keep_rate).toBeCloseTo(2 / 3);
    // The 28 days up to the week's end reach back into October, where nothing was rated.
    expect(week.trust_average).toBe(5.5);
  });

  it('runs month by month from the first record for everything', () => {
    const all = timeline(SOURCE, 'all', '2025-11-20');
    expect(all.points.map((p) => p.start)).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
    expect(all.points[1]!.trust).toBeNull();
    expect(all.points[2]!.trust_average).toBeCloseTo((2 + 7 + 4) / 3);
    expect(all.milestones).toEqual([{ id: 'm1', day: '2025-11-05', kind: 'apology', title: '' }]);
  });

  it('returns the records of a span newest first, with the terms of each day', () => {
    const records = recordsBetween(SOURCE, '2025-11-04', '2025-11-06');
    expect(records.entries.map((e) => e.day)).toEqual(['2025-11-05']);
    expect(records.agreement_days.map((d) => [d.day, d.text])).toEqual([
      ['2025-11-06', 'Call or message when late'],
      ['2025-11-05', 'Call or message when late'],
      ['2025-11-04', 'Call when late'],
    ]);
  });

  it('compares only once the first and last 30 days are apart', () => {
    expect(progress(SOURCE, '2025-11-20').comparable).toBe(true);
    expect(progress(SOURCE, '2025-10-15').comparable).toBe(false);
    expect(progress(SOURCE, '2025-11-20').first).toMatchObject({ start: '2025-09-01', end: '2025-09-30', trust: 2 });
  });
});
