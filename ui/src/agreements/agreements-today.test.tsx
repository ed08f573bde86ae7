import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agreement, fakeBackend } from '../records/fake-backend';
import { TodayRecords } from '../records/today-records';

afterEach(() => clearMocks());

const DAY = '2026-11-26';

function renderToday(onOpenAgreements = vi.fn()) {
  return render(
    <TodayRecords day={DAY} winsRevision={0} onAddWin={vi.fn()} onOpenAgreements={onOpenAgreements} onError={vi.fn()} />,
  );
}

const row = (id: string) => screen.getAllByTestId('agreement-today').find((r) => r.dataset.agreementId === id)!;
const toggle = (id: string, keeping: string) => within(row(id)).getByTestId(`agreement-mark-${keeping}`);

describe('agreements on Today', () => {
  it('lists only the agreements in force on the open day', async () => {
    fakeBackend({
      agreements: [
        agreement('a-dinner', 'Phones face up at dinner', '2026-10-01'),
        agreement('a-future', 'Not yet agreed', '2026-12-01'),
        agreement('a-retired', 'Passwords shared', '2026-01-01', { retired: '2026-11-01' }),
      ],
    });
    renderToday();
    await screen.findByTestId('agreement-today');
    expect(screen.getAllByTestId('agreement-today').map((r) => r.dataset.agreementId)).toEqual(['a-dinner']);
  });

  it('marks a day, changes the mark, and clears it when the set one is pressed again', async () => {
    const backend = fakeBackend({ agreements: [agreement('a-dinner', 'Phones face up at dinner', '2026-10-01')] });
    renderToday();
    await screen.findByTestId('agreement-today');
    const marks = () => backend.called('mark_agreement').map((c) => c.args);

    fireEvent.click(toggle('a-dinner', 'kept'));
    await waitFor(() => expect(toggle('a-dinner', 'kept').getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(toggle('a-dinner', 'missed'));
    await waitFor(() => expect(toggle('a-dinner', 'missed').getAttribute('aria-pressed')).toBe('true'));
    expect(toggle('a-dinner', 'kept').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle('a-dinner', 'missed'));
    await waitFor(() => expect(toggle('a-dinner', 'missed').getAttribute('aria-pressed')).toBe('false'));

    expect(marks()).toEqual([
      { id: 'a-dinner', day: DAY, keeping: 'kept' },
      { id: 'a-dinner', day: DAY, keeping: 'missed' },
      { id: 'a-dinner', day: DAY, keeping: null },
    ]);
  });

  it('offers, and never asks for, a note on repair once a day is marked missed', async () => {
    const backend = fakeBackend({ agreements: [agreement('a-dinner', 'Phones face up at dinner', '2026-10-01')] });
    renderToday();
    await screen.findByTestId('agreement-today');
    expect(screen.queryByTestId('repair-note-open')).toBeNull();
    fireEvent.click(toggle('a-dinner', 'missed'));
    fireEvent.click(await screen.findByTestId('repair-note-open'));
    expect(screen.getByTestId('repair-note-dialog').textContent).toContain('Only if it helps');
    fireEvent.input(screen.getByTestId('repair-note-text'), { target: { value: 'Talk it through on Sunday' } });
    fireEvent.click(screen.getByTestId('repair-note-save'));
    expect((await screen.findByTestId('repair-note')).textContent).toBe('Talk it through on Sunday');
    expect(screen.queryByTestId('repair-note-dialog')).toBeNull();
    expect(backend.called('note_repair')[0]!.args).toEqual({ id: 'a-dinner', day: DAY, note: 'Talk it through on Sunday' });
    expect(screen.getByTestId('repair-note-open').textContent).toBe('Change the note');

    fireEvent.click(toggle('a-dinner', 'kept'));
    await waitFor(() => expect(screen.queryByTestId('repair-note-open')).toBeNull());
  });

  it('shows a refusal and leaves the mark as it was', async () => {
    fakeBackend(
      { agreements: [agreement('a-dinner', 'Phones face up at dinner', '2026-10-01')] },
      { mark_agreement: 'This agreement began on 2026-10-01; choose a day from then on.' },
    );
    renderToday();
    await screen.findByTestId('agreement-today');
    fireEvent.click(toggle('a-dinner', 'renegotiated'));
    expect((await screen.findByTestId('agreement-mark-error')).textContent).toBe(
      'This agreement began on 2026-10-01; choose a day from then on.',
    );
    expect(toggle('a-dinner', 'renegotiated').getAttribute('aria-pressed')).toBe('false');
  });

  it('points to Agreements while there are none', async () => {
    fakeBackend();
    const open = vi.fn();
    renderToday(open);
    fireEvent.click(await screen.findByTestId('agreements-today-open'));
    expect(open).toHaveBeenCalledOnce();
  });

  it("lists the day's wins beside the button that adds one", async () => {
    fakeBackend({
      wins: [
        { id: 'w1', day: DAY, created: `${DAY}T10:00:00Z`, text: 'Called from the station', kind: 'communication', from: 'partner', entry: null },
        { id: 'w2', day: '2026-11-25', created: '2026-11-25T10:00:00Z', text: 'Yesterday', kind: 'empathy', from: 'me', entry: null },
      ],
    });
    renderToday();
    const wins = await screen.findByTestId('today-wins');
    expect(wins.textContent).toContain('Called from the station');
    expect(wins.textContent).not.toContain('Yesterday');
    expect(screen.getByTestId('win-button').getAttribute('aria-keyshortcuts')).toContain('W');
  });
});
