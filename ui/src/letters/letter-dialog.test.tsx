import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LetterDialog } from './letter-dialog';
import { letterAuthor, writtenLabel } from './words';

afterEach(() => clearMocks());

/** The dialog for a new letter, with a backend that seals whatever it is given. */
function renderSealing() {
  const calls: [string, unknown][] = [];
  mockIPC((command, args) => {
    calls.push([command, args]);
    if (command === 'seal_letter') return { path: '/tmp/letter.age', letter: {} };
    throw new Error(command);
  });
  const onSent = vi.fn();
  render(<LetterDialog replyTo={null} onSent={onSent} onKept={() => undefined} onClose={() => undefined} />);
  return { calls, onSent };
}

describe('LetterDialog', () => {
  it('asks for a kind and words, then shows them once more before sealing', async () => {
    const { calls, onSent } = renderSealing();
    const review = screen.getByTestId('letter-review-button') as HTMLButtonElement;
    fireEvent.input(screen.getByTestId('letter-text'), { target: { value: 'Thank you for Sunday.' } });
    expect(review.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('letter-kind-appreciation'));
    fireEvent.click(review);
    expect(screen.getByTestId('letter-review-text').textContent).toBe('Thank you for Sunday.');
    expect(screen.getByTestId('letter-wait-note').textContent).toContain('wait until tomorrow');

    fireEvent.click(screen.getByTestId('letter-keep-writing'));
    expect((screen.getByTestId('letter-text') as HTMLTextAreaElement).value).toBe('Thank you for Sunday.');
    fireEvent.click(screen.getByTestId('letter-review-button'));
    fireEvent.click(screen.getByTestId('letter-seal'));
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(calls).toEqual([['seal_letter', { draft: { kind: 'appreciation', text: 'Thank you for Sunday.', replyTo: null, proposal: null } }]]);
  });

  it('can carry a proposed agreement, checked before the review and shown in it', async () => {
    const { calls, onSent } = renderSealing();
    fireEvent.click(screen.getByTestId('letter-kind-request'));
    fireEvent.input(screen.getByTestId('letter-text'), { target: { value: 'Could we try this for a month?' } });
    fireEvent.click(screen.getByTestId('letter-propose'));
    fireEvent.click(screen.getByTestId('letter-review-button'));
    expect(screen.getByTestId('letter-form-error').textContent).toBe('Write a few words for the proposed agreement.');
    expect(screen.queryByTestId('letter-review')).toBeNull();

    fireEvent.input(screen.getByTestId('proposal-text'), { target: { value: 'A message when plans change' } });
    fireEvent.change(screen.getByTestId('proposal-owner'), { target: { value: 'mine' } });
    fireEvent.click(screen.getByTestId('letter-review-button'));
    expect(screen.getByTestId('proposal-card-text').textContent).toBe('A message when plans change');
    expect(screen.getByTestId('proposal-card-owner').textContent).toBe('Kept by you');
    fireEvent.click(screen.getByTestId('letter-seal'));
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(calls[0]![1]).toEqual({
      draft: {
        kind: 'request',
        text: 'Could we try this for a month?',
        replyTo: null,
        proposal: { text: 'A message when plans change', cadence: 'daily', owner: 'mine' },
      },
    });
  });

  it('keeps the words as a journal entry instead, for a night’s wait', async () => {
    const saved: unknown[] = [];
    mockIPC((command, args) => {
      if (command === 'save_entry') return saved.push((args as { draft: unknown }).draft);
      throw new Error(command);
    });
    const onKept = vi.fn();
    render(<LetterDialog replyTo={null} onSent={() => undefined} onKept={onKept} onClose={() => undefined} />);
    fireEvent.click(screen.getByTestId('letter-kind-what_it_did'));
    fireEvent.input(screen.getByTestId('letter-text'), { target: { value: 'It still hurts.' } });
    fireEvent.click(screen.getByTestId('letter-review-button'));
    fireEvent.click(screen.getByTestId('letter-wait'));
    await waitFor(() => expect(onKept).toHaveBeenCalled());
    expect(saved).toMatchObject([{ title: 'Letter not yet sealed: what it did to me', text: 'It still hurts.' }]);
  });
});

describe('letter words', () => {
  it('show the writer’s own time and who wrote it', () => {
    expect(writtenLabel('2026-12-03T19:30:00-05:00')).toBe('3 December 2026, 19:30');
    const letter = { id: 'x', kind: 'reply' as const, written: '', text: '', replyTo: null, fromMe: false, fromFingerprint: 'AAAA-BBBB-CCCC', proposal: null, agreement: null };
    expect(letterAuthor(letter)).toBe('From your partner · key AAAA-BBBB-CCCC');
    expect(letterAuthor({ ...letter, fromMe: true })).toBe('You wrote');
  });
});
