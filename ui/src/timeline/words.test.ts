import { describe, expect, it } from 'vitest';
import { KINDS, point, weeks } from './fixtures';
import { describePoint, figure, pointDetails, pointLabel, trustWords, winWords } from './words';

const NOW = new Date(2026, 0, 15);

describe('describePoint', () => {
  it('says a week in words, as the tooltip shows it', () => {
    const timeline = weeks();
    expect(describePoint(timeline.points[2]!, timeline, NOW)).toBe(
      'Week of 3 November 2025: trust 6.4 (avg 6.1), 5 wins (2 communication, 2 quality time, 1 empathy), ' +
        'kept 6 of 7, 1 trigger, intensity 2; Couples session',
    );
  });

  it('says what is missing plainly, and leaves out agreements nobody marked', () => {
    const timeline = weeks();
    expect(describePoint(timeline.points[1]!, timeline, NOW)).toBe(
      'Week of 27 October 2025: no trust rating, no wins, no triggers',
    );
  });

  it('keeps the figures apart for the tooltip lines', () => {
    const timeline = weeks();
    const details = pointDetails(timeline.points[2]!, timeline, NOW);
    expect(details.figures).toHaveLength(4);
    expect(details.milestones).toEqual(['Couples session']);
  });
});

describe('the parts of a description', () => {
  it('names the average even on a week without ratings', () => {
    expect(trustWords({ trust: null, trust_average: 5.55 })).toBe('no trust rating (avg 5.6)');
    expect(trustWords({ trust: 7, trust_average: null })).toBe('trust 7');
  });

  it('counts one kind of win without repeating the number', () => {
    expect(winWords([0, 0, 0, 0, 0, 0, 1], KINDS)).toBe('1 win (empathy)');
    expect(winWords([0, 0, 0, 3, 0, 0, 0], KINDS)).toBe('3 wins (professional support)');
    expect(winWords([1, 0, 1, 0, 0, 0, 0], KINDS)).toBe('2 wins (1 communication, 1 boundary)');
  });

  it('rounds figures to one decimal and drops a trailing .0', () => {
    expect(figure(6.44)).toBe('6.4');
    expect(figure(6.96)).toBe('7');
    expect(figure(2)).toBe('2');
  });

  it('names a point by its day, week or month', () => {
    expect(pointLabel(point('2026-01-14', '2026-01-14'), 'day', NOW)).toBe('Yesterday');
    expect(pointLabel(point('2026-01-12', '2026-01-18'), 'week', NOW)).toBe('This week');
    expect(pointLabel(point('2025-03-01', '2025-03-31'), 'month', NOW)).toBe('March 2025');
  });
});
