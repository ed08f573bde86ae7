import { describe, expect, it } from 'vitest';
import type { Mark } from '../bindings/Mark';
import {
  activeOn,
  cadenceLabel,
  keepPercent,
  keepRateLabel,
  keepWordsLabel,
  keptRun,
  keptRunLabel,
  markOn,
  nextKeeping,
  recentDays,
  renegotiatedLabel,
  termsProblem,
} from './terms';

const marks = (...list: [string, Mark['keeping']][]): Mark[] => list.map(([day, keeping]) => ({ day, keeping, note: null }));

describe('the keep rate in words', () => {
  it('counts kept days against marked ones', () => {
    expect(keepRateLabel(12, 2)).toBe('Kept 12 of 14 marked days — 86%');
    expect(keepRateLabel(1, 0)).toBe('Kept 1 of 1 marked day — 100%');
    expect(keepRateLabel(0, 3)).toBe('Kept 0 of 3 marked days — 0%');
    expect(keepRateLabel(1200, 100)).toBe('Kept 1,200 of 1,300 marked days — 92%');
  });

  it('says so when nothing is marked yet', () => {
    expect(keepRateLabel(0, 0)).toBe('No days marked yet');
  });

  it('never rounds a miss away, nor a kept day to nothing', () => {
    expect(keepPercent(249, 1)).toBe(99);
    expect(keepPercent(1, 400)).toBe(1);
    expect(keepPercent(0, 0)).toBeNull();
    expect(keepPercent(3, 0)).toBe(100);
  });
});

describe('runs of kept days', () => {
  it('count the latest kept marks, stepping over renegotiations', () => {
    expect(keptRun({ marks: marks(['2026-01-01', 'missed'], ['2026-01-02', 'kept'], ['2026-01-03', 'renegotiated'], ['2026-01-04', 'kept']) })).toBe(2);
    expect(keptRun({ marks: marks(['2026-01-01', 'kept'], ['2026-01-02', 'missed']) })).toBe(0);
    expect(keptRun({ marks: [] })).toBe(0);
  });

  it('are only mentioned once they say something, and never as broken', () => {
    expect(keptRunLabel(0)).toBeNull();
    expect(keptRunLabel(2)).toBeNull();
    expect(keptRunLabel(3)).toBe('3 times kept in a row');
  });
});

describe('marking a day', () => {
  const agreement = { since: '2026-01-10', retired: '2026-02-01', marks: marks(['2026-01-12', 'kept']) };

  it('applies from the first day until the day it was retired', () => {
    expect(activeOn(agreement, '2026-01-09')).toBe(false);
    expect(activeOn(agreement, '2026-01-10')).toBe(true);
    expect(activeOn(agreement, '2026-01-31')).toBe(true);
    expect(activeOn(agreement, '2026-02-01')).toBe(false);
    expect(activeOn({ since: '2026-01-10', retired: null }, '2030-01-01')).toBe(true);
  });

  it("reads the day's mark", () => {
    expect(markOn(agreement, '2026-01-12')).toBe('kept');
    expect(markOn(agreement, '2026-01-13')).toBeNull();
  });

  it('clears the mark when the set one is pressed again, and sets any other', () => {
    expect(nextKeeping(null, 'kept')).toBe('kept');
    expect(nextKeeping('kept', 'kept')).toBeNull();
    expect(nextKeeping('kept', 'missed')).toBe('missed');
    expect(nextKeeping('renegotiated', 'renegotiated')).toBeNull();
  });

  it('lays out the last days with their marks', () => {
    const days = recentDays(agreement, '2026-01-13', 5);
    expect(days.map((d) => d.day)).toEqual(['2026-01-09', '2026-01-10', '2026-01-11', '2026-01-12', '2026-01-13']);
    expect(days.map((d) => d.keeping)).toEqual([null, null, null, 'kept', null]);
    expect(days.map((d) => d.active)).toEqual([false, true, true, true, true]);
  });
});

describe('terms', () => {
  it('name the cadence and renegotiations', () => {
    expect(cadenceLabel('when_it_comes_up')).toBe('When it comes up');
    expect(renegotiatedLabel(1)).toBe('Renegotiated once');
    expect(renegotiatedLabel(2)).toBe('Renegotiated twice');
    expect(renegotiatedLabel(5)).toBe('Renegotiated 5 times');
  });

  it('need words and a day in range', () => {
    expect(termsProblem(' ', '2026-01-01')).toBe('Write a few words for the agreement.');
    expect(termsProblem('Call at lunch', '1900-01-01')).toBe('Choose a day between the years 1920 and 2200.');
    expect(termsProblem('Call at lunch', '2026-01-01')).toBeNull();
  });
});

describe('keepWordsLabel', () => {
  it('says how often in words, gently at every end', () => {
    expect(keepWordsLabel(0, 0)).toBe('No days marked yet');
    expect(keepWordsLabel(14, 0)).toBe('Kept every marked day');
    expect(keepWordsLabel(12, 2)).toBe('Kept most marked days');
    expect(keepWordsLabel(5, 5)).toBe('Kept about half the marked days');
    expect(keepWordsLabel(1, 9)).toBe('Kept some marked days');
    expect(keepWordsLabel(0, 3)).toBe('Not kept on the marked days so far');
  });
});
