import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from './throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createThrottle', () => {
  it('runs the first call at once', () => {
    const run = vi.fn();
    createThrottle(run, 300).call();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at most once per interval while calls keep coming, and once after the last', () => {
    const run = vi.fn();
    const throttle = createThrottle(run, 300);
    // A keystroke every 50 ms for a second.
    for (let t = 0; t < 1000; t += 50) {
      throttle.call();
      vi.advanceTimersByTime(50);
    }
    const during = run.mock.calls.length;
    expect(during).toBeGreaterThanOrEqual(3);
    expect(during).toBeLessThanOrEqual(5);
    vi.advanceTimersByTime(300);
    expect(run.mock.calls.length).toBe(during + 1);
    vi.advanceTimersByTime(5000);
    expect(run.mock.calls.length).toBe(during + 1);
  });

  it('always makes the trailing run, within one interval of the last call', () => {
    const run = vi.fn();
    const throttle = createThrottle(run, 300);
    throttle.call();
    vi.advanceTimersByTime(10);
    throttle.call();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(289);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('does not run again when nothing was called during the interval', () => {
    const run = vi.fn();
    const throttle = createThrottle(run, 300);
    throttle.call();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
    throttle.call();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('flushes a waiting call now, and cancel forgets it', () => {
    const run = vi.fn();
    const throttle = createThrottle(run, 300);
    throttle.call();
    throttle.call();
    throttle.flush();
    expect(run).toHaveBeenCalledTimes(2);
    throttle.call();
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
