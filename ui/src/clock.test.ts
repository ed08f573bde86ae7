import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdClock, isHeld, now, onClockChange, untilMidnight } from './clock';

afterEach(() => holdClock(null));

describe('the clock', () => {
  it('follows the system until held, stays where it is held, and tells whoever listens', () => {
    const heard = vi.fn();
    const stop = onClockChange(heard);
    expect(isHeld()).toBe(false);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(5_000);

    holdClock('2028-02-29T12:00:00Z');
    expect(isHeld()).toBe(true);
    expect(now().toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(now().toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(heard).toHaveBeenCalledTimes(1);

    stop();
    holdClock(null);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(isHeld()).toBe(false);
  });

  it('counts the time to the next local midnight, never zero', () => {
    const late = new Date(2027, 1, 28, 23, 59, 59, 500);
    expect(untilMidnight(late)).toBe(500);
    expect(untilMidnight(new Date(2027, 2, 1, 0, 0, 0, 0))).toBe(new Date(2027, 2, 2).getTime() - new Date(2027, 2, 1).getTime());
  });
});
