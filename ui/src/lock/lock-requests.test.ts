import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerLockRequest, handleLockRequests } from './lock-requests';
import * as api from '../api';

vi.mock('../api', () => ({ lock: vi.fn(() => Promise.resolve()) }));

describe('lock requests', () => {
  const reload = vi.fn();
  afterEach(() => vi.clearAllMocks());

  it('go to the open screen, which keeps its words before locking', async () => {
    const screenLock = vi.fn(() => Promise.resolve());
    const stop = handleLockRequests(screenLock);
    await answerLockRequest('sleep');
    expect(screenLock).toHaveBeenCalledWith('sleep');
    expect(api.lock).not.toHaveBeenCalled();
    stop();
  });

  it('lock at once when no screen has words to keep, such as the recovery key', async () => {
    const location = vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    const stop = handleLockRequests(vi.fn(() => Promise.resolve()));
    stop();
    await answerLockRequest('idle');
    expect(api.lock).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(1);
    location.mockRestore();
  });

  it('are still answered when the screen fails to keep its words', async () => {
    const stop = handleLockRequests(() => Promise.reject(new Error('disk full')));
    await expect(answerLockRequest('screen_locked')).resolves.toBeUndefined();
    stop();
  });
});
