import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PassphraseStrength } from '../bindings/PassphraseStrength';
import { StrengthMeter } from './strength-meter';

afterEach(() => clearMocks());

const HINT = 'A few unrelated words are easy to remember.';

const WEAK = 'password';
const STRONG = 'lantern orbit velvet quarry';
const WEAK_RATING: PassphraseStrength = {
  score: 0,
  feedback: ['This is a top-10 common password.', 'Add another word or two.'],
};
const STRONG_RATING: PassphraseStrength = { score: 4, feedback: [] };
const RATINGS: Record<string, PassphraseStrength> = { [WEAK]: WEAK_RATING, [STRONG]: STRONG_RATING };

function rateFrom(ratings: Record<string, PassphraseStrength>) {
  const asked: string[] = [];
  mockIPC((cmd, args) => {
    if (cmd !== 'passphrase_strength') return null;
    const { passphrase } = args as { passphrase: string };
    asked.push(passphrase);
    return ratings[passphrase];
  });
  return asked;
}

const steps = () => document.querySelectorAll('.strength-step.on').length;

describe('StrengthMeter', () => {
  it('shows the hint, and asks nothing, until something is typed', () => {
    const asked = rateFrom(RATINGS);
    render(<StrengthMeter passphrase="" hint={HINT} />);
    expect(screen.getByText(HINT)).toBeTruthy();
    expect(steps()).toBe(0);
    expect(asked).toEqual([]);
  });

  it('puts a weak rating into words with its warning, lighting one step', async () => {
    rateFrom(RATINGS);
    render(<StrengthMeter passphrase={WEAK} hint={HINT} />);
    expect(await screen.findByText('Strength: weak.')).toBeTruthy();
    expect(screen.getByText('This is a top-10 common password.', { exact: false })).toBeTruthy();
    expect(screen.queryByText('Add another word or two.', { exact: false })).toBeNull();
    expect(steps()).toBe(1);
  });

  it('lights every step for a strong passphrase', async () => {
    rateFrom(RATINGS);
    render(<StrengthMeter passphrase={STRONG} hint={HINT} />);
    expect(await screen.findByText('Strength: strong.')).toBeTruthy();
    expect(steps()).toBe(4);
  });

  it('lets only the rating of the latest passphrase through', async () => {
    const answers = new Map<string, (rating: PassphraseStrength) => void>();
    mockIPC((_cmd, args) => {
      const { passphrase } = args as { passphrase: string };
      return new Promise<PassphraseStrength>((resolve) => answers.set(passphrase, resolve));
    });
    const { rerender } = render(<StrengthMeter passphrase={WEAK} hint={HINT} />);
    rerender(<StrengthMeter passphrase={STRONG} hint={HINT} />);
    await vi.waitFor(() => expect(answers.size).toBe(2));
    answers.get(STRONG)?.(STRONG_RATING);
    expect(await screen.findByText('Strength: strong.')).toBeTruthy();
    answers.get(WEAK)?.(WEAK_RATING);
    await new Promise((settle) => setTimeout(settle, 10));
    expect(screen.getByText('Strength: strong.')).toBeTruthy();
  });

  it('keeps the hint when no rating comes back', async () => {
    mockIPC(() => Promise.reject({ kind: 'storage', message: 'Something went wrong.' }));
    render(<StrengthMeter passphrase={WEAK} hint={HINT} />);
    await new Promise((settle) => setTimeout(settle, 10));
    expect(screen.getByText(HINT)).toBeTruthy();
  });
});
