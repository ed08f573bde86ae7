import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { TrustScale } from './trust-scale';

function Harness({ start = null }: { start?: number | null }) {
  const [value, setValue] = useState<number | null>(start);
  return <TrustScale value={value} onChange={setValue} />;
}

const step = (n: number) => screen.getByTestId(`trust-${n}`);
const checked = () => screen.getAllByRole('radio').filter((r) => r.getAttribute('aria-checked') === 'true');

describe('TrustScale', () => {
  it('shows the rating in words and chooses with a click', () => {
    render(<Harness />);
    expect(screen.getByTestId('trust-value').textContent).toBe('not rated');
    fireEvent.click(step(6));
    expect(screen.getByTestId('trust-value').textContent).toBe('6 / 10');
    expect(checked()).toEqual([step(6)]);
  });

  it('is one tab stop: the chosen step, or the first when none is', () => {
    render(<Harness start={4} />);
    const tabbable = screen.getAllByRole('radio').filter((r) => r.tabIndex === 0);
    expect(tabbable).toEqual([step(4)]);
  });

  it('moves the choice and the focus with the arrow keys, Home and End', () => {
    render(<Harness start={5} />);
    step(5).focus();
    fireEvent.keyDown(step(5), { key: 'ArrowRight' });
    expect(checked()).toEqual([step(6)]);
    expect(document.activeElement).toBe(step(6));
    fireEvent.keyDown(step(6), { key: 'ArrowLeft' });
    fireEvent.keyDown(step(5), { key: 'ArrowLeft' });
    expect(checked()).toEqual([step(4)]);
    fireEvent.keyDown(step(4), { key: 'End' });
    expect(document.activeElement).toBe(step(10));
    fireEvent.keyDown(step(10), { key: 'Home' });
    expect(checked()).toEqual([step(1)]);
  });

  it('clears with Delete or with the Clear button', () => {
    render(<Harness start={3} />);
    fireEvent.keyDown(step(3), { key: 'Delete' });
    expect(checked()).toEqual([]);
    expect(screen.queryByTestId('trust-clear')).toBeNull();
    fireEvent.click(step(8));
    fireEvent.click(screen.getByTestId('trust-clear'));
    expect(screen.getByTestId('trust-value').textContent).toBe('not rated');
  });

  it('leaves shortcuts with Ctrl alone', () => {
    render(<Harness start={3} />);
    fireEvent.keyDown(step(3), { key: 'ArrowRight', ctrlKey: true });
    expect(checked()).toEqual([step(3)]);
  });
});
