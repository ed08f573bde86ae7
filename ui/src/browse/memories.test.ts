import { describe, expect, it } from 'vitest';
import type { Memory } from '../bindings/Memory';
import { monthsAgoLabel } from './memories';
import { firstMemories } from './on-this-day';

describe('how long ago', () => {
  it('says months, years, or both', () => {
    expect(monthsAgoLabel(1)).toBe('1 month ago');
    expect(monthsAgoLabel(5)).toBe('5 months ago');
    expect(monthsAgoLabel(12)).toBe('1 year ago');
    expect(monthsAgoLabel(24)).toBe('2 years ago');
    expect(monthsAgoLabel(13)).toBe('1 year and 1 month ago');
    expect(monthsAgoLabel(30)).toBe('2 years and 6 months ago');
    expect(monthsAgoLabel(120)).toBe('10 years ago');
  });

  it('never says a negative or broken time', () => {
    expect(monthsAgoLabel(0)).toBe('Earlier this month');
    expect(monthsAgoLabel(-3)).toBe('Earlier this month');
    expect(monthsAgoLabel(2.7)).toBe('2 months ago');
  });
});

describe('the memories shown first', () => {
  const memory = (months_ago: number) => ({ months_ago, entry: { id: `m${months_ago}` } }) as Memory;

  it('are the latest, then whole years, then the rest', () => {
    const all = [1, 2, 3, 12, 13, 24].map(memory);
    expect(firstMemories(all).map((m) => m.months_ago)).toEqual([1, 12, 24]);
    expect(firstMemories(all, 5).map((m) => m.months_ago)).toEqual([1, 12, 24, 2, 3]);
  });

  it('are all of them when there are few', () => {
    expect(firstMemories([memory(12)]).map((m) => m.months_ago)).toEqual([12]);
    expect(firstMemories([])).toEqual([]);
  });
});
