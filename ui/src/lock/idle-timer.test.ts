import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleTimer } from './idle-timer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('startIdleTimer', () => {
  it('fires once after the idle minutes', () => {
    const onIdle = vi.fn();
    const target = new EventTarget();
    startIdleTimer(5, onIdle, target);
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it.each(['keydown', 'pointerdown', 'pointermove', 'wheel'])('starts over on %s', (name) => {
    const onIdle = vi.fn();
    const target = new EventTarget();
    startIdleTimer(1, onIdle, target);
    vi.advanceTimersByTime(50_000);
    target.dispatchEvent(new Event(name));
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('ignores activity after it has fired', () => {
    const onIdle = vi.fn();
    const target = new EventTarget();
    startIdleTimer(1, onIdle, target);
    vi.advanceTimersByTime(60_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(120_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('takes a new idle time from now', () => {
    const onIdle = vi.fn();
    const timer = startIdleTimer(5, onIdle, new EventTarget());
    vi.advanceTimersByTime(4 * 60_000);
    timer.setMinutes(2);
    vi.advanceTimersByTime(2 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped', () => {
    const onIdle = vi.fn();
    const target = new EventTarget();
    const timer = startIdleTimer(1, onIdle, target);
    timer.stop();
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
