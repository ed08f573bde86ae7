import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
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

  it('saves through the Rust side and warns gently when the copy is on the journal\'s disk', async () => {
    const asked: unknown[] = [];
    mockIPC((command, args) => {
      asked.push([command, args]);
      if (command === 'save_recovery_key') return { path: '/home/you/kintsugi-recovery-key.txt', sameDiskAsJournal: true };
      return undefined;
    });
    render(<RecoveryKeyScreen recoveryKey={KEY} onDone={() => undefined} />);
    fireEvent.click(screen.getByText('Save to file…'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('same disk as your journal'));
    expect(screen.getByRole('status').textContent).toContain('/home/you/kintsugi-recovery-key.txt, readable only by you');
    expect(asked).toEqual([['save_recovery_key', { recoveryKey: KEY }]]);
  });

  it('copies through the Rust side, whose clearing outlives the page, and says when it clears', async () => {
    const asked: unknown[] = [];
    mockIPC((command, args) => {
      asked.push([command, args]);
      return command === 'copy_recovery_key' ? 30 : undefined;
    });
    // The page's own clipboard would be cleared by nobody once a lock reloads it.
    const writeText = vi.fn();
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      render(<RecoveryKeyScreen recoveryKey={KEY} onDone={() => undefined} />);
      fireEvent.click(screen.getByText('Copy'));
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe(
          'Copied. Paste it somewhere safe, away from this computer: Kintsugi clears it from the clipboard in 30 seconds.',
        ),
      );
      expect(asked).toEqual([['copy_recovery_key', { recoveryKey: KEY }]]);
      expect(writeText).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says how to copy by hand when copying did not work', async () => {
    mockIPC(() => {
      throw { kind: 'storage', message: 'Copying did not work here. Select the key and copy it by hand.' };
    });
    render(<RecoveryKeyScreen recoveryKey={KEY} onDone={() => undefined} />);
    fireEvent.click(screen.getByText('Copy'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Copying did not work here. Select the key and copy it by hand.'),
    );
  });

  it('says plainly when the file was not written', async () => {
    mockIPC(() => {
      throw { kind: 'storage', message: '/home/you/k.txt is already there, and Kintsugi never writes over a file. Choose another name.' };
    });
    render(<RecoveryKeyScreen recoveryKey={KEY} onDone={() => undefined} />);
    fireEvent.click(screen.getByText('Save to file…'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('never writes over a file'));
  });
});
