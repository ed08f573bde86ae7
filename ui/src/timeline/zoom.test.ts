import { describe, expect, it } from 'vitest';
import { weeks } from './fixtures';
import { canGoBack, canGoForward, shiftEnd, windowDays } from './zoom';

const TODAY = '2026-01-15';

describe('moving the window', () => {
  it('moves back a whole window from today', () => {
    expect(shiftEnd('week', null, -1, TODAY)).toBe('2026-01-08');
    expect(shiftEnd('month', null, -1, TODAY)).toBe('2025-12-16');
    expect(shiftEnd('quarter', null, -1, TODAY)).toBe('2025-10-16');
    expect(shiftEnd('year', null, -1, TODAY)).toBe('2025-01-16');
  });

  it('moves back again from an earlier end', () => {
    expect(shiftEnd('quarter', '2025-10-16', -1, TODAY)).toBe('2025-07-17');
  });

  it('comes forward, and follows today again on reaching it', () => {
    expect(shiftEnd('quarter', '2025-07-17', 1, TODAY)).toBe('2025-10-16');
    expect(shiftEnd('quarter', '2025-10-16', 1, TODAY)).toBeNull();
    expect(shiftEnd('week', '2026-01-10', 1, TODAY)).toBeNull();
    expect(shiftEnd('week', null, 1, TODAY)).toBeNull();
  });

  it('never moves the whole journey', () => {
    expect(windowDays('all')).toBeNull();
    expect(shiftEnd('all', null, -1, TODAY)).toBeNull();
  });

  it('offers later only away from today, and earlier only when something came before', () => {
    expect(canGoForward('month', null)).toBe(false);
    expect(canGoForward('month', '2025-12-01')).toBe(true);
    expect(canGoForward('all', '2025-12-01')).toBe(false);
    const timeline = weeks();
    expect(canGoBack('quarter', timeline, '2025-01-01')).toBe(true);
    expect(canGoBack('quarter', timeline, '2025-10-20')).toBe(false);
    expect(canGoBack('quarter', timeline, null)).toBe(false);
    expect(canGoBack('all', timeline, '2025-01-01')).toBe(false);
  });
});
