import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnlockScreen } from './unlock-screen';

afterEach(() => clearMocks());

function submit(passphrase: string) {
  fireEvent.input(screen.getByTestId('unlock-passphrase'), { target: { value: passphrase } });
  fireEvent.click(screen.getByTestId('unlock-submit'));
}

describe('UnlockScreen', () => {
  it('shows a wrong passphrase inline, keeping the field focused and selected', async () => {
    mockIPC(() => Promise.reject({ kind: 'wrong_passphrase', message: 'That passphrase does not open this journal.' }));
    const onUnlocked = vi.fn();
    render(<UnlockScreen onUnlocked={onUnlocked} onForgot={() => undefined} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    submit('not it');
    const error = await screen.findByTestId('unlock-error');
    expect(error.textContent).toBe('That passphrase does not open this journal.');
    const input = screen.getByTestId('unlock-passphrase') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'not it'.length]);
    expect(onUnlocked).not.toHaveBeenCalled();
  });

  it('clears the error as soon as the person types again', async () => {
    mockIPC(() => Promise.reject({ kind: 'wrong_passphrase', message: 'Wrong.' }));
    render(<UnlockScreen onUnlocked={() => undefined} onForgot={() => undefined} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    submit('x');
    await screen.findByTestId('unlock-error');
    fireEvent.input(screen.getByTestId('unlock-passphrase'), { target: { value: 'xy' } });
    expect(screen.queryByTestId('unlock-error')).toBeNull();
  });

  it('shows a calm busy state while the key is derived, then opens', async () => {
    let finish: () => void = () => undefined;
    mockIPC(() => new Promise<void>((resolve) => (finish = resolve)));
    const onUnlocked = vi.fn();
    render(<UnlockScreen onUnlocked={onUnlocked} onForgot={() => undefined} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    submit('correct horse');
    await waitFor(() => expect(screen.getByTestId('unlock-submit').getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByTestId('unlock-submit').textContent).toContain('Unlocking');
    finish();
    await waitFor(() => expect(onUnlocked).toHaveBeenCalled());
  });

  it('offers the way back in with the recovery key', () => {
    const onForgot = vi.fn();
    render(<UnlockScreen onUnlocked={() => undefined} onForgot={onForgot} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    fireEvent.click(screen.getByTestId('forgot-passphrase'));
    expect(onForgot).toHaveBeenCalled();
  });
});
