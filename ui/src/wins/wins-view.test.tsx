import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Win } from '../bindings/Win';
import { addDays } from '../browse/calendar-grid';
import { localDay } from '../journal/dates';
import { fakeBackend } from '../records/fake-backend';
import { WEEKS_SHOWN, WinsView } from './wins-view';

afterEach(() => clearMocks());

const today = localDay();
const win = (id: string, day: string, text: string, change: Partial<Win> = {}): Win => ({
  id,
  day,
  created: `${day}T10:00:00Z`,
  text,
  kind: 'communication',
  from: 'partner',
  entry: null,
  ...change,
});

function renderWins(wins: Win[], handlers: Partial<Parameters<typeof WinsView>[0]> = {}) {
  const backend = fakeBackend({ wins });
  render(<WinsView revision={0} onAdd={vi.fn()} onEdit={vi.fn()} onOpenEntry={vi.fn()} onError={vi.fn()} {...handlers} />);
  return backend;
}

describe('the Wins screen', () => {
  it('groups wins by week, newest first, with this week and last week by name', async () => {
    renderWins([win('w1', today, 'Today’s win'), win('w2', addDays(today, -7), 'A week ago'), win('w3', addDays(today, -21), 'Three weeks ago')]);
    const weeks = await screen.findAllByTestId('wins-week');
    expect(weeks.map((w) => w.querySelector('h2')?.firstChild?.textContent)).toEqual([
      'This week',
      'Last week',
      expect.stringMatching(/^Week of \d+ \w+/),
    ]);
    expect(within(weeks[0]!).getByTestId('win-item').textContent).toContain('From my partner');
  });

  it('changes a win through the dialog and opens the entry it belongs to', async () => {
    const onEdit = vi.fn();
    const onOpenEntry = vi.fn();
    renderWins([win('w1', today, 'Linked', { entry: 'e-1' })], { onEdit, onOpenEntry });
    const item = await screen.findByTestId('win-item');
    fireEvent.click(within(item).getByTestId('win-edit'));
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: 'w1' }));
    fireEvent.click(within(item).getByText('Open the entry'));
    expect(onOpenEntry).toHaveBeenCalledWith('e-1');
  });

  it('deletes only after asking', async () => {
    const backend = renderWins([win('w1', today, 'Called from the station')]);
    fireEvent.click(within(await screen.findByTestId('win-item')).getByTestId('win-delete'));
    expect(screen.getByTestId('win-delete-dialog').textContent).toContain('Called from the station');
    fireEvent.click(screen.getByText('Keep it'));
    expect(backend.called('delete_win')).toHaveLength(0);
    fireEvent.click(within(screen.getByTestId('win-item')).getByTestId('win-delete'));
    fireEvent.click(screen.getByTestId('win-delete-confirm'));
    await screen.findByTestId('wins-empty');
    expect(backend.called('delete_win')[0]!.args).toEqual({ id: 'w1' });
  });

  it('shows the latest weeks first and the earlier ones on request', async () => {
    renderWins(Array.from({ length: WEEKS_SHOWN + 3 }, (_, week) => win(`w${week}`, addDays(today, -7 * week), `Week ${week}`)));
    expect(await screen.findAllByTestId('wins-week')).toHaveLength(WEEKS_SHOWN);
    fireEvent.click(screen.getByTestId('wins-more'));
    expect(screen.getAllByTestId('wins-week')).toHaveLength(WEEKS_SHOWN + 3);
    expect(screen.queryByTestId('wins-more')).toBeNull();
  });
});
