import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalNameSection } from './journal-name-section';

afterEach(() => clearMocks());

describe('JournalNameSection', () => {
  it('renames this journal, and keeps the name typed when it is refused', async () => {
    const renamed: unknown[] = [];
    let refuse = true;
    mockIPC((cmd, args) => {
      if (cmd === 'journals') return { journals: [{ id: 'first', name: 'My journal', setUp: true }], chosen: 'first' };
      if (cmd === 'rename_journal') {
        renamed.push(args);
        if (refuse) throw { kind: 'invalid_input', message: 'A journal here is already called “Robin”. Choose another name.' };
        return { journals: [{ id: 'first', name: 'Blue notebook', setUp: true }], chosen: 'first' };
      }
      throw new Error(cmd);
    });
    render(<JournalNameSection />);
    const field = (await screen.findByTestId('journal-name')) as HTMLInputElement;
    expect(field.value).toBe('My journal');
    fireEvent.input(field, { target: { value: 'Robin' } });
    fireEvent.click(screen.getByTestId('journal-rename'));
    expect((await screen.findByTestId('journal-name-error')).textContent).toContain('already called');
    expect(field.value).toBe('Robin');

    refuse = false;
    fireEvent.input(field, { target: { value: '  Blue notebook ' } });
    fireEvent.click(screen.getByTestId('journal-rename'));
    await waitFor(() => expect(screen.getByTestId('journal-name-status').textContent).toBe('Renamed.'));
    expect(field.value).toBe('Blue notebook');
    expect(renamed).toEqual([{ id: 'first', name: 'Robin' }, { id: 'first', name: '  Blue notebook ' }]);
  });
});
