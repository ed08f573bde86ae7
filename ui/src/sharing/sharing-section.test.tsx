import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SharingKey } from '../bindings/SharingKey';
import { SharingSection } from './sharing-section';

afterEach(() => clearMocks());

const OWN: SharingKey = { publicKey: 'age1own', fingerprint: 'AAAA-BBBB-CCCC' };
const THEIRS: SharingKey = { publicKey: 'age1theirs', fingerprint: 'DDDD-EEEE-FFFF' };

function backend() {
  let partner: SharingKey | null = null;
  mockIPC((command, args) => {
    switch (command) {
      case 'sharing_key':
        return OWN;
      case 'partner_key':
        return partner;
      case 'set_partner_key':
        if ((args as { text: string }).text.trim() !== THEIRS.publicKey) {
          throw { kind: 'invalid_input', message: 'That is not a sharing key.' };
        }
        partner = THEIRS;
        return partner;
      case 'forget_partner_key':
        partner = null;
        return null;
      default:
        throw new Error(`unexpected ${command}`);
    }
  });
}

describe('SharingSection', () => {
  it('shows this journal’s key, adds a pasted one, refuses anything else and forgets on request', async () => {
    backend();
    render(<SharingSection />);
    await waitFor(() => expect(screen.getByTestId('own-fingerprint').textContent).toBe(OWN.fingerprint));

    const input = screen.getByTestId('partner-key-input');
    fireEvent.input(input, { target: { value: 'hello' } });
    fireEvent.click(screen.getByTestId('add-partner-key'));
    await waitFor(() => expect(screen.getByTestId('sharing-error').textContent).toBe('That is not a sharing key.'));

    fireEvent.input(input, { target: { value: ` ${THEIRS.publicKey} ` } });
    fireEvent.click(screen.getByTestId('add-partner-key'));
    await waitFor(() => expect(screen.getByTestId('partner-fingerprint').textContent).toBe(THEIRS.fingerprint));
    expect(screen.getByTestId('sharing-error').textContent).toBe('');

    fireEvent.click(screen.getByTestId('forget-partner-key'));
    await waitFor(() => expect(screen.queryByTestId('partner-fingerprint')).toBeNull());
    expect(screen.getByTestId('partner-key-input')).toBeTruthy();
  });
});
