import { describe, expect, it, vi } from 'vitest';
import { latestOnly } from './latest-only';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('drops an answer that arrives after a later request', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<string>>>();
    const sequence = latestOnly((query: string) => {
      const answer = deferred<string>();
      answers.set(query, answer);
      return answer.promise;
    });
    const shown = vi.fn();
    sequence.request('w', shown, vi.fn());
    sequence.request('walk', shown, vi.fn());

    answers.get('walk')!.resolve('results for walk');
    await settle();
    answers.get('w')!.resolve('results for w');
    await settle();

    expect(shown.mock.calls).toEqual([['results for walk']]);
  });

  it('drops a stale failure too', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const queue = [first, second];
    const sequence = latestOnly(() => queue.shift()!.promise);
    const failed = vi.fn();
    sequence.request('a', vi.fn(), failed);
    sequence.request('b', vi.fn(), failed);
    first.reject(new Error('old'));
    second.reject(new Error('new'));
    await settle();
    expect(failed.mock.calls).toEqual([[new Error('new')]]);
  });

  it('drops everything in flight once cancelled', async () => {
    const answer = deferred<string>();
    const sequence = latestOnly(() => answer.promise);
    const shown = vi.fn();
    sequence.request('a', shown, vi.fn());
    sequence.cancel();
    answer.resolve('late');
    await settle();
    expect(shown).not.toHaveBeenCalled();
  });
});
