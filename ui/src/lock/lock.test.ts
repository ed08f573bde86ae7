import { describe, expect, it, vi } from 'vitest';
import { lockAndReload } from './lock';

describe('lockAndReload', () => {
  it('saves, locks, then reloads, in that order', async () => {
    const steps: string[] = [];
    await lockAndReload({
      flush: async () => void steps.push('flush'),
      lock: async () => void steps.push('lock'),
      reload: () => void steps.push('reload'),
    });
    expect(steps).toEqual(['flush', 'lock', 'reload']);
  });

  it('stays open when the last words cannot be saved', async () => {
    const lock = vi.fn(async () => undefined);
    const reload = vi.fn();
    const failure = { kind: 'storage', message: 'The disk is full.' };
    await expect(lockAndReload({ flush: () => Promise.reject(failure), lock, reload })).rejects.toBe(failure);
    expect(lock).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });
});
