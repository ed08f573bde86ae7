import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalList } from '../bindings/JournalList';
import { UnlockScreen } from './unlock-screen';
import { WelcomeScreen } from './welcome-screen';

afterEach(() => clearMocks());

const TWO: JournalList = {
  journals: [
    { id: 'first', name: 'Blue notebook', setUp: true },
    { id: '0123456789abcdef0123456789abcdef', name: 'Robin', setUp: false },
  ],
  chosen: 'first',
};

function backend(list: JournalList, refuse?: string) {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'journals') return list;
    if (cmd === 'choose_journal') return 'absent';
    if (cmd === 'remove_unused_journal') return 'locked';
    if (cmd === 'add_journal') {
      if (refuse) throw { kind: 'invalid_input', message: refuse };
      return list;
    }
    throw new Error(cmd);
  });
  return calls;
}

function renderUnlock(onJournalChosen = vi.fn()) {
  render(<UnlockScreen onUnlocked={vi.fn()} onForgot={vi.fn()} onRestore={vi.fn()} onJournalChosen={onJournalChosen} />);
  return onJournalChosen;
}

describe('several journals on one computer', () => {
  it('says nothing of other journals while there is one, but offers a new one', async () => {
    backend({ journals: [TWO.journals[0]!], chosen: 'first' });
    renderUnlock();
    await screen.findByTestId('create-new-journal');
    expect(screen.queryByTestId('open-another-journal')).toBeNull();
    expect(screen.getByTestId('unlock-lede').textContent).toBe('Your journal is locked. Your passphrase opens it.');
  });

  it('names the locked journal and opens another from the list', async () => {
    const calls = backend(TWO);
    const chosen = renderUnlock();
    await waitFor(() => expect(screen.getByTestId('unlock-lede').textContent).toBe('Blue notebook is locked. Its passphrase opens it.'));
    fireEvent.click(screen.getByTestId('open-another-journal'));
    const choices = screen.getAllByTestId('journal-choice');
    expect(choices.map((c) => c.textContent)).toEqual(['Robinnot set up yet']);
    fireEvent.click(choices[0]!);
    await waitFor(() => expect(chosen).toHaveBeenCalledWith('absent'));
    expect(calls.find((c) => c.cmd === 'choose_journal')!.args).toEqual({ id: '0123456789abcdef0123456789abcdef' });
  });

  it('creates a new journal by name, keeping the name when it is refused', async () => {
    backend(TWO, 'A journal here is already called “Robin”. Choose another name.');
    const chosen = renderUnlock();
    fireEvent.click(await screen.findByTestId('create-new-journal'));
    expect(screen.getByTestId('new-journal-dialog').textContent).toContain('its own passphrase and recovery key');
    fireEvent.input(screen.getByTestId('new-journal-name'), { target: { value: 'Robin' } });
    fireEvent.click(screen.getByTestId('new-journal-create'));
    expect((await screen.findByTestId('new-journal-error')).textContent).toContain('already called');
    expect((screen.getByTestId('new-journal-name') as HTMLInputElement).value).toBe('Robin');
    expect(chosen).not.toHaveBeenCalled();
  });

  it('offers to remove a journal that was added and never set up, and only that one', async () => {
    const calls = backend({ ...TWO, chosen: '0123456789abcdef0123456789abcdef' });
    const chosen = vi.fn();
    render(<WelcomeScreen onCreated={vi.fn()} onRestore={vi.fn()} onJournalChosen={chosen} />);
    expect((await screen.findByTestId('new-journal-named')).textContent).toBe('Robin, with its own passphrase.');
    fireEvent.click(screen.getByTestId('remove-unused-journal'));
    await waitFor(() => expect(chosen).toHaveBeenCalledWith('locked'));
    expect(calls.find((c) => c.cmd === 'remove_unused_journal')!.args).toEqual({ id: '0123456789abcdef0123456789abcdef' });
  });

  it('never offers to remove a journal that is set up', async () => {
    backend(TWO);
    renderUnlock();
    await screen.findByTestId('open-another-journal');
    expect(screen.queryByTestId('remove-unused-journal')).toBeNull();
  });
});
