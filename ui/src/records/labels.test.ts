import { describe, expect, it } from 'vitest';
import { countOf, dateLabel, minutesLabel, monthLabel, shortDayLabel, shortMonthLabel, weekLabel, weekStart } from './labels';

// A Thursday.
const NOW = new Date(2026, 10, 26, 15, 0);

describe('weeks', () => {
  it('begin on Monday', () => {
    expect(weekStart('2026-11-26')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
  });

  it('are called this week, last week, or by their Monday', () => {
    expect(weekLabel('2026-11-23', NOW)).toBe('This week');
    expect(weekLabel('2026-11-16', NOW)).toBe('Last week');
    expect(weekLabel('2026-11-09', NOW)).toBe('Week of 9 November');
    expect(weekLabel('2025-11-03', NOW)).toBe('Week of 3 November 2025');
  });

  it('say this week on a Sunday too', () => {
    expect(weekLabel('2026-11-23', new Date(2026, 10, 29, 23, 0))).toBe('This week');
  });
});

describe('days', () => {
  it('are short: today, yesterday, or weekday and date', () => {
    expect(shortDayLabel('2026-11-26', NOW)).toBe('Today');
    expect(shortDayLabel('2026-11-25', NOW)).toBe('Yesterday');
    expect(shortDayLabel('2026-11-03', NOW)).toBe('Tue 3 Nov');
    expect(shortDayLabel('2025-11-03', NOW)).toBe('Mon 3 Nov 2025');
  });

  it('carry the year only when it is not this one', () => {
    expect(dateLabel('2026-03-01', NOW)).toBe('1 March');
    expect(dateLabel('2024-03-01', NOW)).toBe('1 March 2024');
  });
});

describe('months, counts and durations', () => {
  it('name months', () => {
    expect(monthLabel('2026-03-01')).toBe('March 2026');
    expect(shortMonthLabel('2026-03-01')).toBe('Mar');
    expect(shortMonthLabel('2026-01-01')).toBe('Jan 26');
  });

  it('count in words', () => {
    expect(countOf(1, 'win', 'wins')).toBe('1 win');
    expect(countOf(1200, 'win', 'wins')).toBe('1,200 wins');
  });

  it('say minutes the way a person would', () => {
    expect(minutesLabel(1)).toBe('1 minute');
    expect(minutesLabel(45)).toBe('45 minutes');
    expect(minutesLabel(44.6)).toBe('45 minutes');
    expect(minutesLabel(60)).toBe('1 hour');
    expect(minutesLabel(130)).toBe('2 h 10 min');
    expect(minutesLabel(180)).toBe('3 hours');
  });
});
