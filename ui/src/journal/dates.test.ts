import { describe, expect, it } from 'vitest';
import { dayLabel, isDay, localDay, parseDay, relativeDayLabel } from './dates';

const NOW = new Date(2025, 10, 26, 9, 30);

describe('localDay', () => {
  it('uses the local calendar, padded', () => {
    expect(localDay(NOW)).toBe('2025-11-26');
    expect(localDay(new Date(2026, 0, 3, 23, 59))).toBe('2026-01-03');
  });
});

describe('isDay', () => {
  it('accepts only real days written as YYYY-MM-DD', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26-1-1')).toBe(false);
    expect(isDay('2024-3-2')).toBe(false);
    expect(isDay(' 2024-03-02')).toBe(false);
    expect(isDay('')).toBe(false);
  });

  it('takes early years as written', () => {
    expect(isDay('0019-02-28')).toBe(true);
    expect(isDay('0019-02-29')).toBe(false);
  });
});

describe('parseDay', () => {
  it('reads a day as local midnight', () => {
    const date = parseDay('2025-02-28');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2025, 1, 28, 0,
    ]);
  });
});

describe('dayLabel', () => {
  it('names early years as written, not as 19xx', () => {
    expect(dayLabel('0019-11-27', NOW)).toBe('Wednesday, 27 November 19');
  });

  it('names the weekday, day and month', () => {
    expect(dayLabel('2025-11-26', NOW)).toBe('Wednesday, 26 November');
  });

  it('adds the year only when it is not this year', () => {
    expect(dayLabel('2024-11-25', NOW)).toBe('Monday, 25 November 2024');
  });

  it('gives back anything it cannot read', () => {
    expect(dayLabel('someday', NOW)).toBe('someday');
  });
});

describe('relativeDayLabel', () => {
  it('says Today and Yesterday', () => {
    expect(relativeDayLabel('2025-11-26', NOW)).toBe('Today');
    expect(relativeDayLabel('2025-11-25', NOW)).toBe('Yesterday');
    expect(relativeDayLabel('2025-11-24', NOW)).toBe('Monday, 24 November');
  });

  it('knows yesterday across a new year', () => {
    expect(relativeDayLabel('2025-12-31', new Date(2026, 0, 1, 8))).toBe('Yesterday');
  });
});
