import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ChosenBackup } from '../bindings/ChosenBackup';
import { RestoreScreen } from './restore-screen';

const KEY = 'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ';

function backend(chosen: ChosenBackup, restore: (args: Record<string, unknown>) => unknown) {
  const restores: Record<string, unknown>[] = [];
  mockIPC((command, args) => {
    if (command === 'choose_backup_to_restore') return chosen;
    if (command === 'restore_chosen_backup') {
      restores.push(args as Record<string, unknown>);
      return restore(args as Record<string, unknown>);
    }
    if (command === 'passphrase_strength') return { score: 4, feedback: [] };
    return undefined;
  });
  return restores;
}

const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });

describe('RestoreScreen', () => {
  it('restores with the passphrase into an empty place and hands over the new recovery key', async () => {
    const restores = backend({ name: 'kintsugi-backup-2026-12-01T203000.age', setsAsideInto: null }, () => KEY);
    const onRestored = vi.fn();
    render(<RestoreScreen onRestored={onRestored} onBack={() => undefined} />);
    fireEvent.click(screen.getByTestId('restore-choose'));
    expect((await screen.findByTestId('restore-file')).textContent).toBe('kintsugi-backup-2026-12-01T203000.age');
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    type('restore-secret', 'lanterns along the harbour wall');
    fireEvent.click(screen.getByTestId('restore-open'));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith(KEY));
    expect(restores).toEqual([
      { secret: { kind: 'passphrase', value: 'lanterns along the harbour wall' }, newPassphrase: null },
    ]);
  });

  it('asks to confirm, naming where the journal here is set aside, before replacing it', async () => {
    const restores = backend({ name: 'b.age', setsAsideInto: '/home/you/.local/share/kintsugi/replaced-2026' }, () => KEY);
    render(<RestoreScreen onRestored={() => undefined} onBack={() => undefined} />);
    fireEvent.click(screen.getByTestId('restore-choose'));
    await screen.findByTestId('restore-file');
    expect(screen.getByTestId('restore-screen').textContent).toContain('/home/you/.local/share/kintsugi/replaced-2026');
    type('restore-secret', 'a passphrase');
    fireEvent.click(screen.getByTestId('restore-open'));
    expect((await screen.findByTestId('restore-error')).textContent).toMatch(/Tick the box/);
    expect(restores).toHaveLength(0);
    fireEvent.click(screen.getByTestId('restore-confirm'));
    fireEvent.click(screen.getByTestId('restore-open'));
    await waitFor(() => expect(restores).toHaveLength(1));
  });

  it('with the recovery key, asks for a new passphrase, and goes back when the key does not open it', async () => {
    const restores = backend({ name: 'b.age', setsAsideInto: null }, () =>
      Promise.reject({ kind: 'wrong_recovery_key', message: 'That recovery key does not open this backup.' }),
    );
    render(<RestoreScreen onRestored={() => undefined} onBack={() => undefined} />);
    fireEvent.click(screen.getByTestId('restore-choose'));
    fireEvent.click(await screen.findByTestId('restore-with-recovery-key'));
    type('restore-secret', KEY.toLowerCase());
    fireEvent.click(screen.getByTestId('restore-open'));
    type('new-passphrase', 'a calm new passphrase');
    type('confirm-passphrase', 'a calm new passphrase');
    fireEvent.click(screen.getByTestId('restore-submit'));
    expect((await screen.findByTestId('restore-error')).textContent).toBe('That recovery key does not open this backup.');
    expect(restores[0]).toEqual({ secret: { kind: 'recoveryKey', value: KEY }, newPassphrase: 'a calm new passphrase' });
  });
});
