import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdClock } from '../clock';
import { REPORT_EVERY_MS, reportActivity } from './activity';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  holdClock(null);
});

describe('reportActivity', () => {
  it.each(['keydown', 'pointerdown', 'pointermove', 'wheel'])('reports %s at once', (name) => {
    const report = vi.fn();
    const target = new EventTarget();
    reportActivity(report, target);
    target.dispatchEvent(new Event(name));
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('spaces reports out, and reports the end of a burst', () => {
    const report = vi.fn();
    const target = new EventTarget();
    reportActivity(report, target);
    for (let step = 0; step < 30; step += 1) {
      target.dispatchEvent(new Event('pointermove'));
      vi.advanceTimersByTime(100);
    }
    expect(report).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(REPORT_EVERY_MS);
    expect(report).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10 * REPORT_EVERY_MS);
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('reports nothing without activity, and nothing once stopped', () => {
    const report = vi.fn();
    const target = new EventTarget();
    const stop = reportActivity(report, target);
    vi.advanceTimersByTime(10 * REPORT_EVERY_MS);
    expect(report).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('keydown'));
    stop();
    vi.advanceTimersByTime(REPORT_EVERY_MS);
    target.dispatchEvent(new Event('keydown'));
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('says when the latest activity was, so a clock moved meanwhile does not count as someone here', () => {
    const report = vi.fn();
    const target = new EventTarget();
    holdClock('2026-12-01T08:15:00Z');
    reportActivity(report, target);
    target.dispatchEvent(new Event('keydown'));
    holdClock('2026-12-01T08:15:02Z');
    target.dispatchEvent(new Event('keydown'));
    holdClock('2026-12-01T08:21:00Z');
    vi.advanceTimersByTime(REPORT_EVERY_MS);
    expect(report.mock.calls.map(([at]) => (at as Date).toISOString())).toEqual(['2026-12-01T08:15:00.000Z', '2026-12-01T08:15:02.000Z']);
  });
});
