import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeEntryLists } from '../journal/fake-entry-lists';
import { JournalScreen } from '../journal/journal-screen';
import { ShortcutsHelp } from '../shortcuts/help-overlay';
import { weeks } from './fixtures';

vi.mock('./plot-panels', () => ({
  drawPlot: () => ({ resize() {}, highlight() {}, select() {}, placeOf: () => 0, destroy() {} }),
}));

afterEach(() => clearMocks());

const STRETCH = { trust: null, rated_days: 0, wins_per_week: 0, keep_rate: null, triggers: 0, trigger_intensity: null, settled_minutes: null };

function backend() {
  const lists = fakeEntryLists(() => []);
  mockIPC((cmd, args) => {
    const listed = lists[cmd];
    if (listed) return listed((args ?? {}) as Record<string, unknown>);
    switch (cmd) {
      case 'wins_by_week':
      case 'triggers':
      case 'milestones':
        return [];
      case 'agreements':
        return { agreements: [], keep_rate: null };
      case 'timeline':
        return weeks();
      case 'progress':
        return { first: { ...STRETCH, start: '2025-10-20', end: '2025-11-18' }, last: { ...STRETCH, start: '2025-10-20', end: '2025-11-18' }, comparable: false };
      default:
        return null;
    }
  });
}

const settings = { theme: 'light' as const, autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null };

describe('the Timeline place', () => {
  it('sits in the sidebar after Journal and opens the timeline', async () => {
    backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
    const places = [...document.querySelectorAll('.sidebar-places .place')].map((p) => p.getAttribute('data-testid'));
    expect(places.slice(0, 3)).toEqual(['nav-today', 'nav-journal', 'nav-timeline']);
    fireEvent.click(screen.getByTestId('nav-timeline'));
    await screen.findByTestId('timeline-view');
    expect(screen.getByTestId('nav-timeline').getAttribute('aria-current')).toBe('page');
  });

  it('opens with Ctrl+3, even from the editor, and keeps its zoom after an entry is opened', async () => {
    backend();
    render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);
    const editor = await screen.findByTestId('editor');
    fireEvent.keyDown(editor, { key: '3', ctrlKey: true });
    await screen.findByTestId('timeline-view');
    fireEvent.click(screen.getByTestId('zoom-year'));
    fireEvent.keyDown(document.body, { key: '1', ctrlKey: true });
    await screen.findByTestId('editor');
    fireEvent.keyDown(document.body, { key: '3', ctrlKey: true });
    await screen.findByTestId('timeline-view');
    expect(screen.getByTestId('zoom-year').getAttribute('aria-pressed')).toBe('true');
  });

  it('is listed in the keyboard help with the chart’s keys', () => {
    render(<ShortcutsHelp onClose={() => undefined} onSupport={() => undefined} />);
    const help = screen.getByTestId('shortcuts-help').textContent ?? '';
    expect(help).toContain('Go to Timeline');
    expect(help).toContain('Timeline chart: move between points');
  });
});
