import { describe, expect, it } from 'vitest';
import type { Entry } from '../bindings/Entry';
import type { EntrySummary } from '../bindings/EntrySummary';
import { listedOrder, periodAfter, placeEntry, recentAfter, summaryOf } from './entry-lists';

function entry(id: string, day: string, created: string, text = 'A few words.'): Entry {
  return {
    id,
    day,
    created,
    updated: created,
    title: '',
    text,
    feelings: [],
    trust: null,
    tags: [],
    starred: false,
  };
}

const listed = (id: string, day: string, created = `${day}T20:00:00+01:00`): EntrySummary =>
  summaryOf(entry(id, day, created));

const ids = (list: readonly EntrySummary[]) => list.map((e) => e.id);

describe('a summary made from a saved entry', () => {
  // The same cases as the Rust side's, which the two must agree on.
  it('counts words and collapses whitespace', () => {
    const summary = summaryOf(entry('e', '2026-11-26', '2026-11-26T21:00:00+01:00', '  We talked\n\nfor an hour.\tIt helped. '));
    expect(summary.preview).toBe('We talked for an hour. It helped.');
    expect(summary.words).toBe(7);
    expect(summary).not.toHaveProperty('text');
  });

  it('cuts the preview on a character boundary', () => {
    const summary = summaryOf(entry('e', '2026-11-26', '2026-11-26T21:00:00+01:00', 'né 🫶🏽 '.repeat(100)));
    expect(Array.from(summary.preview)).toHaveLength(140);
    expect(summary.preview.endsWith('…')).toBe(true);
    expect(summary.words).toBe(200);
  });
});

describe('the order lists keep', () => {
  it('puts the newest day first, then the latest begun, whatever the offsets', () => {
    const morning = listed('m', '2026-03-01', '2026-03-01T08:00:00Z');
    // Begun later though written with an offset that makes its local time earlier.
    const evening = listed('e', '2026-03-01', '2026-03-01T07:30:00.123456789-05:00');
    const may = listed('may', '2026-05-01', '2026-05-01T08:00:00Z');
    expect(ids([morning, may, evening].sort(listedOrder))).toEqual(['may', 'e', 'm']);
  });
});

describe('lists following a save or a deletion', () => {
  const a = listed('a', '2026-03-03');
  const b = listed('b', '2026-03-02');
  const c = listed('c', '2026-03-01');

  it('puts a new entry in its place, replaces an edited one, and moves one whose day changed', () => {
    expect(ids(placeEntry([a, c], b))).toEqual(['a', 'b', 'c']);
    const retitled = { ...b, title: 'Retitled' };
    expect(placeEntry([a, b, c], retitled)[1]).toBe(retitled);
    expect(ids(placeEntry([a, b, c], { ...c, day: '2026-03-04' }))).toEqual(['c', 'a', 'b']);
    expect(placeEntry(placeEntry([a, c], b), b)).toEqual(placeEntry([a, c], b));
  });

  it('keeps the latest few to their number, letting one moved back past them go', () => {
    expect(ids(recentAfter([a, b], 2, { kind: 'saved', entry: listed('new', '2026-03-05') }))).toEqual(['new', 'a']);
    expect(ids(recentAfter([a, b], 2, { kind: 'saved', entry: { ...a, day: '2020-01-01' } }))).toEqual(['b']);
    expect(ids(recentAfter([a, b], 2, { kind: 'saved', entry: { ...b, title: 'Retitled' } }))).toEqual(['a', 'b']);
    expect(ids(recentAfter([a], 2, { kind: 'saved', entry: { ...a, day: '2020-01-01' } }))).toEqual(['a']);
    expect(ids(recentAfter([a, b], 2, { kind: 'saved', entry: c }))).toEqual(['a', 'b']);
    expect(ids(recentAfter([a, b], 2, { kind: 'deleted', id: 'a' }))).toEqual(['b']);
  });

  it('keeps a day or a month to its own entries', () => {
    const march = { month: { year: 2026, month: 3 }, day: null };
    const second = { month: { year: 2026, month: 3 }, day: '2026-03-02' };
    expect(ids(periodAfter([a, c], march, { kind: 'saved', entry: b }))).toEqual(['a', 'b', 'c']);
    expect(ids(periodAfter([a, b], march, { kind: 'saved', entry: { ...a, day: '2026-04-01' } }))).toEqual(['b']);
    expect(ids(periodAfter([b], second, { kind: 'saved', entry: a }))).toEqual(['b']);
    expect(ids(periodAfter([b], second, { kind: 'saved', entry: { ...c, day: '2026-03-02' } }))).toEqual(['b', 'c']);
    expect(ids(periodAfter([a, b], march, { kind: 'deleted', id: 'b' }))).toEqual(['a']);
  });
});
