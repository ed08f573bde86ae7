import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../bindings/Role';
import { TrustScale } from '../writing/trust-scale';
import { RoleScreen } from './role-screen';

afterEach(() => clearMocks());

/** The Rust side's role, as far as these commands go. */
function journalWithRole(start: Role) {
  let role = start;
  const calls: unknown[] = [];
  mockIPC((command, args) => {
    if (command === 'role') return role;
    if (command === 'set_role') {
      calls.push(args);
      role = (args as { role: Role }).role;
      return null;
    }
    throw new Error(`unexpected ${command}`);
  });
  return calls;
}

describe('RoleScreen', () => {
  it('stores the chosen role and words the check-in by it', async () => {
    const calls = journalWithRole('unsaid');
    const onDone = vi.fn();
    render(
      <>
        <RoleScreen onDone={onDone} />
        <TrustScale value={null} onChange={() => undefined} />
      </>,
    );
    expect(screen.getByTestId('trust-question').textContent).toBe('How much trust did you feel today?');
    expect((screen.getByTestId('role-continue') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('role-broke_trust'));
    fireEvent.click(screen.getByTestId('role-continue'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls).toEqual([{ role: 'broke_trust' }]);
    expect(screen.getByTestId('trust-question').textContent).toBe('How trusted did you feel today?');
  });

  it('can be left for later, storing nothing', () => {
    const calls = journalWithRole('unsaid');
    const onDone = vi.fn();
    render(<RoleScreen onDone={onDone} />);
    fireEvent.click(screen.getByTestId('role-skip'));
    expect(onDone).toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it('keeps the screen, with the reason, when the choice cannot be stored', async () => {
    mockIPC(() => {
      throw { kind: 'storage', message: 'The disk is full.' };
    });
    const onDone = vi.fn();
    render(<RoleScreen onDone={onDone} />);
    fireEvent.click(screen.getByTestId('role-was_hurt'));
    fireEvent.click(screen.getByTestId('role-continue'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The disk is full.'));
    expect(onDone).not.toHaveBeenCalled();
  });
});
