import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeScreen } from './welcome-screen';

afterEach(() => clearMocks());

const KEY = 'AGE-SECRET-KEY-1QQPQ8JZ5ZEHFGVC0TSRQ6XKWRG2QN7C3DL2ZW7PNMTRHHYLAMFUSHDAKFU';
const WEAK = { score: 0, feedback: ['This is a top-10 common password.'] };

function fill(passphrase: string, confirmation: string) {
  fireEvent.input(screen.getByTestId('new-passphrase'), { target: { value: passphrase } });
  fireEvent.input(screen.getByTestId('confirm-passphrase'), { target: { value: confirmation } });
  fireEvent.click(screen.getByTestId('create-vault'));
}

describe('WelcomeScreen', () => {
  it('labels both passphrase fields', () => {
    render(<WelcomeScreen onCreated={() => undefined} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    expect(screen.getByLabelText('Choose a passphrase')).toBe(screen.getByTestId('new-passphrase'));
    expect(screen.getByLabelText('Type it again')).toBe(screen.getByTestId('confirm-passphrase'));
  });

  it('says when the two passphrases differ and does not create anything', async () => {
    const invoke = vi.fn((cmd: string) => (cmd === 'passphrase_strength' ? WEAK : null));
    mockIPC(invoke);
    render(<WelcomeScreen onCreated={() => undefined} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    fill('lantern orbit velvet', 'lantern orbit');
    expect(await screen.findByText('The two passphrases do not match.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('confirm-passphrase'));
    expect(invoke.mock.calls.map(([cmd]) => cmd)).not.toContain('create_vault');
  });

  it('shows the Rust side’s message for a weak passphrase at the passphrase field', async () => {
    mockIPC((cmd) =>
      cmd === 'passphrase_strength'
        ? WEAK
        : Promise.reject({ kind: 'weak_passphrase', message: 'Use at least 8 characters.' }),
    );
    render(<WelcomeScreen onCreated={() => undefined} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    fill('short', 'short');
    expect(await screen.findByText('Use at least 8 characters.')).toBeTruthy();
    expect(screen.getByTestId('new-passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('new-passphrase'));
  });

  it('creates the vault and hands over the recovery key', async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'passphrase_strength') return WEAK;
      if (cmd === 'journals') return { journals: [{ id: 'first', name: 'My journal', setUp: false }], chosen: 'first' };
      calls.push([cmd, args]);
      return KEY;
    });
    const onCreated = vi.fn();
    render(<WelcomeScreen onCreated={onCreated} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    fill('lantern orbit velvet', 'lantern orbit velvet');
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(KEY));
    expect(calls).toEqual([['create_vault', { passphrase: 'lantern orbit velvet' }]]);
  });

  it('rates the passphrase as it is typed, and still creates the journal when it is weak', async () => {
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== 'passphrase_strength') return KEY;
      asked.push(args);
      return WEAK;
    });
    const onCreated = vi.fn();
    render(<WelcomeScreen onCreated={onCreated} onRestore={() => undefined} onJournalChosen={() => undefined} />);
    fireEvent.input(screen.getByTestId('new-passphrase'), { target: { value: 'password' } });
    expect(await screen.findByText('Strength: weak.')).toBeTruthy();
    expect(asked).toEqual([{ passphrase: 'password' }]);
    fill('password', 'password');
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(KEY));
  });
});
