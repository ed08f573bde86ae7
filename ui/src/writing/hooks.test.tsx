import { act, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWordCount } from './hooks';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function Count({ text }: { text: string }) {
  return <output data-testid="count">{useWordCount(text)}</output>;
}

const count = () => Number(screen.getByTestId('count').textContent);

describe('useWordCount', () => {
  it('counts a text of normal size on every change', () => {
    const { rerender } = render(<Count text="one two" />);
    expect(count()).toBe(2);
    rerender(<Count text="one two three" />);
    expect(count()).toBe(3);
  });

  it('recounts a huge text only once typing pauses, showing the last count meanwhile', async () => {
    const huge = 'word '.repeat(100_000);
    const { rerender } = render(<Count text="just three words" />);
    rerender(<Count text={huge} />);
    expect(count()).toBe(3);
    rerender(<Count text={`${huge} more`} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(399);
    });
    expect(count()).toBe(3);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(count()).toBe(100_001);
    rerender(<Count text="short again" />);
    expect(count()).toBe(2);
  });
});
