import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../journal/dates';
import { agreement, fakeBackend } from '../records/fake-backend';
import { AgreementsView } from './agreements-view';

afterEach(() => clearMocks());

const DINNER = agreement('a-dinner', 'Phones face up at dinner', '2026-10-01', {
  earlier: [{ text: 'Phones away at dinner', cadence: 'weekly', from: '2026-09-01' }],
  since: '2026-09-01',
  marks: [
    { day: '2026-10-01', keeping: 'renegotiated', note: null },
    { day: '2026-10-02', keeping: 'kept', note: null },
    { day: '2026-10-03', keeping: 'kept', note: null },
    { day: '2026-10-04', keeping: 'missed', note: 'A call the next morning' },
  ],
  kept: 2,
  missed: 1,
  renegotiated: 1,
});
const PASSWORDS = agreement('a-passwords', 'Passwords shared', '2026-01-01', {
  retired: '2026-06-01',
  marks: [{ day: '2026-05-01', keeping: 'kept', note: null }],
  kept: 1,
});

const card = (id: string) => screen.getAllByTestId('agreement-item').find((c) => c.dataset.agreementId === id)!;

describe('the Agreements screen', () => {
  it('can say the keep rates in words alone, with no numbers or meter', async () => {
    fakeBackend({ agreements: [DINNER, PASSWORDS] });
    render(<AgreementsView onError={vi.fn()} numbers={false} />);
    expect((await screen.findByTestId('agreements-keep-rate')).textContent).toBe('Kept most marked days');
    expect(within(card('a-dinner')).getByTestId('agreement-keep-rate').textContent).toBe('Kept most marked days');
    expect(document.querySelector('.keep-meter')).toBeNull();
    expect(screen.getByTestId('agreements-view').textContent).not.toMatch(/\d+%/);
  });

  it('shows keep rates per agreement and overall, and the history', async () => {
    fakeBackend({ agreements: [DINNER, PASSWORDS] });
    render(<AgreementsView onError={vi.fn()} numbers />);
    expect((await screen.findByTestId('agreements-keep-rate')).textContent).toBe('Kept 3 of 4 marked days — 75%');
    expect(within(card('a-dinner')).getByTestId('agreement-keep-rate').textContent).toBe('Kept 2 of 3 marked days — 67%');
    expect(within(card('a-dinner')).getByTestId('agreement-history').textContent).toContain('Phones away at dinner');
    expect(within(card('a-dinner')).getByTestId('agreement-owner').textContent).toBe('Kept by both of you');
    const notes = within(card('a-dinner')).getByTestId('agreement-repair-notes');
    expect(notes.textContent).toContain('What repair could look like (1)');
    expect(notes.textContent).toContain('A call the next morning');
    const retired = screen.getByTestId('agreements-retired') as HTMLDetailsElement;
    expect(retired.open).toBe(false);
    expect(within(retired).getByTestId('agreement-item').dataset.agreementId).toBe('a-passwords');
    expect(within(card('a-passwords')).queryByTestId('agreement-retire')).toBeNull();
  });

  it('writes a new agreement down', async () => {
    const backend = fakeBackend();
    render(<AgreementsView onError={vi.fn()} numbers />);
    await screen.findByTestId('agreements-empty');
    fireEvent.click(screen.getByTestId('agreement-add'));
    fireEvent.input(screen.getByTestId('agreement-text'), { target: { value: 'A message at lunch' } });
    fireEvent.change(screen.getByTestId('agreement-cadence'), { target: { value: 'weekly' } });
    fireEvent.change(screen.getByTestId('agreement-owner'), { target: { value: 'theirs' } });
    fireEvent.input(screen.getByTestId('agreement-since'), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByTestId('agreement-save'));
    await screen.findByTestId('agreement-item');
    expect(backend.called('add_agreement')[0]!.args).toEqual({ text: 'A message at lunch', cadence: 'weekly', owner: 'theirs', since: '2026-11-02' });
    expect(screen.getByTestId('agreement-owner').textContent).toBe('Kept by your partner');
    expect(screen.queryByTestId('agreement-dialog')).toBeNull();
  });

  it('keeps what was typed when the day is out of range', async () => {
    const backend = fakeBackend();
    render(<AgreementsView onError={vi.fn()} numbers />);
    fireEvent.click(await screen.findByTestId('agreement-add'));
    fireEvent.input(screen.getByTestId('agreement-text'), { target: { value: 'A message at lunch' } });
    fireEvent.input(screen.getByTestId('agreement-since'), { target: { value: '1900-01-01' } });
    fireEvent.click(screen.getByTestId('agreement-save'));
    expect(screen.getByTestId('agreement-dialog-error').textContent).toBe('Choose a day between the years 1920 and 2200.');
    expect((screen.getByTestId('agreement-text') as HTMLTextAreaElement).value).toBe('A message at lunch');
    expect(backend.called('add_agreement')).toHaveLength(0);
  });

  it('renegotiates from a day, saying the history is kept', async () => {
    const backend = fakeBackend({ agreements: [DINNER] });
    render(<AgreementsView onError={vi.fn()} numbers />);
    fireEvent.click(await screen.findByTestId('agreement-renegotiate'));
    const dialog = screen.getByTestId('agreement-renegotiate-dialog');
    expect(dialog.textContent).toContain('stay in its history');
    expect((screen.getByTestId('agreement-renegotiate-text') as HTMLTextAreaElement).value).toBe('Phones face up at dinner');
    fireEvent.input(screen.getByTestId('agreement-renegotiate-text'), { target: { value: 'Phones in the drawer at dinner' } });
    fireEvent.click(screen.getByTestId('agreement-renegotiate-save'));
    await waitFor(() => expect(screen.queryByTestId('agreement-renegotiate-dialog')).toBeNull());
    expect(backend.called('renegotiate_agreement')[0]!.args).toEqual({
      id: 'a-dinner',
      text: 'Phones in the drawer at dinner',
      cadence: 'daily',
      day: localDay(),
    });
    await waitFor(() => expect(card('a-dinner').textContent).toContain('Phones in the drawer at dinner'));
  });

  it('retires after a confirmation, and a refusal changes nothing', async () => {
    const backend = fakeBackend({ agreements: [DINNER] }, { retire_agreement: 'This agreement was retired on 2026-11-01.' });
    render(<AgreementsView onError={vi.fn()} numbers />);
    fireEvent.click(await screen.findByTestId('agreement-retire'));
    expect(screen.getByTestId('agreement-retire-dialog').textContent).toContain('history');
    fireEvent.click(screen.getByTestId('agreement-retire-confirm'));
    expect((await screen.findByTestId('confirm-error')).textContent).toBe('This agreement was retired on 2026-11-01.');
    fireEvent.click(screen.getByTestId('agreement-retire-confirm'));
    await waitFor(() => expect(screen.queryByTestId('agreement-retire-dialog')).toBeNull());
    expect(backend.called('retire_agreement')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('agreements-retired')).toBeTruthy());
  });

  it('deletes only after asking', async () => {
    const backend = fakeBackend({ agreements: [DINNER] });
    render(<AgreementsView onError={vi.fn()} numbers />);
    fireEvent.click(await screen.findByTestId('agreement-delete'));
    expect(screen.getByTestId('agreement-delete-dialog').textContent).toContain('Retiring it instead keeps its history');
    fireEvent.click(screen.getByTestId('agreement-delete-confirm'));
    await screen.findByTestId('agreements-empty');
    expect(backend.called('delete_agreement')[0]!.args).toEqual({ id: 'a-dinner' });
  });
});
