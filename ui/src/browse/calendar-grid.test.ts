import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  daysInMonth,
  monthGrid,
  monthTitle,
  weekdayIndex,
  WEEKDAYS,
} from './calendar-grid';
import { calendarStepFrom } from './navigation';

const dates = (week: (string | null)[]) => week.map((day) => (day ? Number(day.slice(8)) : 0));

describe('a month calendar', () => {
  it('starts its weeks on Monday', () => {
    expect(WEEKDAYS.map((d) => d.short)).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
    expect(weekdayIndex('2026-11-23')).toBe(0); // a Monday
    expect(weekdayIndex('2026-11-29')).toBe(6); // a Sunday
  });

  it('puts a month that starts on Sunday at the end of its first week', () => {
    // 1 February 2026 is a Sunday.
    const weeks = monthGrid({ year: 2026, month: 2 });
    expect(dates(weeks[0]!)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(weeks).toHaveLength(5);
    expect(dates(weeks[4]!)).toEqual([23, 24, 25, 26, 27, 28, 0]);
  });

  it('needs six weeks for a long month that starts late', () => {
    // 1 March 2026 is a Sunday and March has 31 days.
    const weeks = monthGrid({ year: 2026, month: 3 });
    expect(weeks).toHaveLength(6);
    expect(dates(weeks[5]!)).toEqual([30, 31, 0, 0, 0, 0, 0]);
  });

  it('fits a February of 28 days starting on Monday in four weeks', () => {
    const weeks = monthGrid({ year: 2021, month: 2 });
    expect(weeks).toHaveLength(4);
    expect(weeks.every((week) => week.every(Boolean))).toBe(true);
  });

  it('knows leap years', () => {
    expect(daysInMonth({ year: 2024, month: 2 })).toBe(29);
    expect(daysInMonth({ year: 2023, month: 2 })).toBe(28);
    expect(daysInMonth({ year: 2000, month: 2 })).toBe(29);
    expect(daysInMonth({ year: 1900, month: 2 })).toBe(28);
    expect(monthGrid({ year: 2024, month: 2 }).flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid({ year: 2024, month: 2 }).flat()).toContain('2024-02-29');
  });

  it('gives every week seven places and every day once', () => {
    for (let month = 1; month <= 12; month += 1) {
      const weeks = monthGrid({ year: 2027, month });
      expect(weeks.every((week) => week.length === 7)).toBe(true);
      expect(weeks.flat().filter(Boolean)).toHaveLength(daysInMonth({ year: 2027, month }));
    }
  });

  it('names the month', () => {
    expect(monthTitle({ year: 2026, month: 11 })).toBe('November 2026');
  });
});

describe('date arithmetic', () => {
  it('turns months across years', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 5 }, -29)).toEqual({ year: 2023, month: 12 });
  });

  it('counts days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // Clocks change in late March and October in much of the world; days do not.
    expect(addDays('2026-03-28', 7)).toBe('2026-04-04');
    expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
  });

  it('keeps a date within a shorter month', () => {
    expect(addMonthsToDay('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDay('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsToDay('2026-05-15', 1)).toBe('2026-06-15');
  });
});

describe('stepping between written days in the calendar', () => {
  const february = { year: 2026, month: 2 };

  it('starts from the chosen day', () => {
    expect(calendarStepFrom(february, '2026-02-20', 1)).toBe('2026-02-20');
    expect(calendarStepFrom(february, '2026-02-20', -1)).toBe('2026-02-20');
  });

  it('starts just outside the month on show when no day is chosen', () => {
    expect(calendarStepFrom(february, null, -1)).toBe('2026-03-01');
    expect(calendarStepFrom(february, null, 1)).toBe('2026-01-31');
    expect(calendarStepFrom({ year: 2026, month: 12 }, null, -1)).toBe('2027-01-01');
  });
});
