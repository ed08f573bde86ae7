import { describe, expect, it } from 'vitest';
import { point, weeks } from './fixtures';
import { axisLabel, axisTicks, chartSeries, milestonePlace, winsTop } from './series';

describe('chartSeries', () => {
  it('puts one point at each place, with trust and its average as they came', () => {
    const series = chartSeries(weeks());
    expect(series.x).toEqual([0, 1, 2]);
    expect(series.trust).toEqual([5, null, 6.42]);
    expect(series.average).toEqual([5, null, 6.06]);
  });

  it('stacks the wins: each kind reaches the top of the kinds before it', () => {
    const series = chartSeries(weeks());
    expect(series.winStacks.map((stack) => stack[2])).toEqual([2, 2, 2, 2, 2, 4, 5]);
    expect(series.winTotals).toEqual([0, 0, 5]);
  });

  it('gives keep rates in percent and intensity as it is', () => {
    const series = chartSeries(weeks());
    expect(series.keepRate[2]).toBeCloseTo(85.71, 1);
    expect(series.keepRate[0]).toBeNull();
    expect(series.intensity).toEqual([null, null, 2]);
    expect(series.triggers).toEqual([0, 0, 1]);
  });

  it('places a milestone by its day within its week', () => {
    const timeline = weeks();
    // Thursday is the middle of the seven days: the middle of the week's place.
    expect(milestonePlace(timeline, '2025-11-06')).toBeCloseTo(2, 5);
    expect(milestonePlace(timeline, '2025-11-05')).toBeCloseTo(2 - 1 / 7, 5);
    expect(milestonePlace(timeline, '2025-11-03')).toBeCloseTo(1.5 + 0.5 / 7, 5);
    expect(milestonePlace(timeline, '2024-01-01')).toBeNull();
    expect(chartSeries(timeline).milestones).toHaveLength(1);
  });
});

describe('the time axis', () => {
  it('labels every point when there is room, counting from the newest', () => {
    const starts = ['2026-01-05', '2026-01-06', '2026-01-07'];
    expect(axisTicks(starts, 'day', 600, 56)).toEqual([0, 1, 2]);
  });

  it('thins labels out when they would crowd', () => {
    const starts = Array.from({ length: 52 }, (_, at) => `2025-${String(1 + Math.floor(at / 5)).padStart(2, '0')}-01`);
    const ticks = axisTicks(starts, 'week', 500, 56);
    expect(ticks.length).toBeLessThanOrEqual(Math.floor(500 / 56));
    expect(ticks[ticks.length - 1]).toBe(51);
  });

  it('marks the quarters or the Januaries of long stretches', () => {
    const starts = Array.from({ length: 120 }, (_, at) => {
      const month = 10 + at;
      return `${2015 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    });
    const ticks = axisTicks(starts, 'month', 700, 44);
    expect(ticks.every((at) => starts[at]!.slice(5, 7) === '01')).toBe(true);
    expect(axisLabel(starts[ticks[0]!]!, 'month', 120)).toBe('Jan 16');
  });

  it('writes the week zoom by weekday and date', () => {
    expect(axisLabel('2026-01-12', 'day', 7)).toBe('Mon 12');
    expect(axisLabel('2026-01-12', 'day', 30)).toBe('12 Jan');
    expect(axisLabel(point('2026-03-01', '2026-03-31').start, 'month', 10)).toBe('Mar');
  });

  it('tops the wins axis at a whole number with a whole half', () => {
    expect([0, 3, 5, 11, 23, 37, 99].map(winsTop)).toEqual([2, 4, 6, 12, 30, 40, 100]);
  });
});
