import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RecoveryKeyScreen } from './recovery-key-screen';

const KEY = 'AGE-SECRET-KEY-1QQPQ8JZ5ZEHFGVC0TSRQ6XKWRG2QN7C3DL2ZW7PNMTRHHYLAMFUSHDAKFU';

describe('RecoveryKeyScreen', () => {
  it('shows the key grouped, with the exact key kept for copying', () => {
    render(<RecoveryKeyScreen recoveryKey={KEY} onDone={() => undefined} />);
    const block = screen.getByTestId('recovery-key');
    expect(block.dataset.key).toBe(KEY);
    expect(block.textContent?.replace(/\s/g, '')).toBe(KEY);
  });

  it('opens the journal only once the asked characters are typed back', () => {
    const onDone = vi.fn();
    render(<RecoveryKeyScreen recoveryKey={KEY} onDone={onDone} />);
    fireEvent.click(screen.getByTestId('recovery-saved'));
    const input = screen.getByTestId('recovery-confirm-input');
    const start = Number(input.dataset.start);
    const end = Number(input.dataset.end);
    expect(start).toBeGreaterThan(16);

    fireEvent.input(input, { target: { value: 'WRONG123' } });
    fireEvent.click(screen.getByTestId('recovery-confirm-submit'));
    expect(screen.getByRole('alert').textContent).toContain(`characters ${start} to ${end}`);
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.input(input, { target: { value: KEY.slice(start - 1, end).toLowerCase() } });
    fireEvent.click(screen.getByTestId('recovery-confirm-submit'));
    expect(onDone).toHaveBeenCalled();
  });

  it('lets the person go back to see the key again', () => {
    render(<RecoveryKeyScreen recoveryKey={KEY} onDone={() => undefined} />);
    fireEvent.click(screen.getByTestId('recovery-saved'));
    fireEvent.click(screen.getByText('Back to the key'));
    expect(screen.getByTestId('recovery-key').dataset.key).toBe(KEY);
  });
});
