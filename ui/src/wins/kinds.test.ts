import { describe, expect, it } from 'vitest';
import type { WinWeek } from '../bindings/WinWeek';
import { fromPhrase, kindLabel, WIN_KINDS, weeksRunning, winProblem } from './kinds';

const week = (start: string, wins: number): WinWeek => ({
  start,
  wins: Array.from({ length: wins }, (_, i) => ({
    id: `${start}-${i}`,
    day: start,
    created: `${start}T10:00:00Z`,
    text: 'A win',
    kind: 'communication',
    from: 'me',
    entry: null,
  })),
  counts: [],
});

describe('kinds of win', () => {
  it('have the seven human labels, in the order of the steps', () => {
    expect(WIN_KINDS.map((k) => k.label)).toEqual([
      'Communication',
      'Responsibility',
      'Boundaries & transparency',
      'Professional support',
      'Consistency',
      'Quality time',
      'Empathy & appreciation',
    ]);
    expect(kindLabel('quality_time')).toBe('Quality time');
    expect(fromPhrase('partner')).toBe('From my partner');
  });
});

describe('a win', () => {
  it('needs words, up to 500 characters, and a day in range', () => {
    expect(winProblem({ text: '', day: '2026-11-26' })).toBe('Write a few words for the win.');
    expect(winProblem({ text: 'x'.repeat(501), day: '2026-11-26' })).toBe('The win can be up to 500 characters; this one has 501.');
    expect(winProblem({ text: 'Called from the station', day: '1900-01-01' })).toBe('Choose a day between the years 1920 and 2200.');
    expect(winProblem({ text: 'Called from the station', day: '2026-11-26' })).toBeNull();
  });
});

describe('weeks in a row with wins', () => {
  it('count back from this week', () => {
    expect(weeksRunning([week('2026-11-23', 1), week('2026-11-16', 2), week('2026-11-09', 1), week('2026-10-26', 1)], '2026-11-23')).toBe(3);
  });

  it('let a week still under way without wins keep the run', () => {
    expect(weeksRunning([week('2026-11-16', 1), week('2026-11-09', 1)], '2026-11-23')).toBe(2);
  });

  it('are none after a gap', () => {
    expect(weeksRunning([week('2026-11-09', 1)], '2026-11-23')).toBe(0);
    expect(weeksRunning([], '2026-11-23')).toBe(0);
  });
});
