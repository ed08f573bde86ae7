import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalScreen } from '../journal/journal-screen';
import { ShortcutsHelp } from '../shortcuts/help-overlay';
import { fakeBackend } from './fake-backend';
import { RECORD_PLACES } from './places';

afterEach(() => clearMocks());

const settings = { theme: 'light' as const, autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null };
const renderJournal = () => render(<JournalScreen settings={settings} onSettingsChange={() => undefined} onJournalReplaced={() => undefined} onNewKeys={() => undefined} />);

describe('the places that notice progress', () => {
  it('sit in the sidebar after Today and Journal, and open their screens', async () => {
    fakeBackend();
    renderJournal();
    const places = [...document.querySelectorAll('.sidebar-places .place')].map((p) => p.getAttribute('data-testid'));
    expect(places.slice(0, 2)).toEqual(['nav-today', 'nav-journal']);
    expect(places.slice(-5)).toEqual(['nav-wins', 'nav-agreements', 'nav-triggers', 'nav-milestones', 'nav-letters']);
    for (const { place } of RECORD_PLACES) {
      fireEvent.click(screen.getByTestId(`nav-${place}`));
      await screen.findByTestId(`${place}-view`);
      expect(screen.getByTestId(`nav-${place}`).getAttribute('aria-current')).toBe('page');
      expect(screen.getByTestId('nav-today').getAttribute('aria-current')).toBeNull();
    }
  });

  it('open with Ctrl+4 to Ctrl+8, even from the editor', async () => {
    fakeBackend();
    renderJournal();
    const editor = await screen.findByTestId('editor');
    fireEvent.keyDown(editor, { key: '4', ctrlKey: true });
    await screen.findByTestId('wins-view');
    fireEvent.keyDown(document.body, { key: '5', ctrlKey: true });
    await screen.findByTestId('agreements-view');
    fireEvent.keyDown(document.body, { key: '6', ctrlKey: true });
    await screen.findByTestId('triggers-view');
    fireEvent.keyDown(document.body, { key: '7', ctrlKey: true });
    await screen.findByTestId('milestones-view');
    fireEvent.keyDown(document.body, { key: '8', ctrlKey: true });
    await screen.findByTestId('letters-view');
  });

  it('let a win be noted from Today’s button and from any screen with W', async () => {
    const backend = fakeBackend();
    renderJournal();
    fireEvent.click(await screen.findByTestId('win-button'));
    expect(screen.getByTestId('win-dialog')).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('win-dialog')).toBeNull());

    fireEvent.click(screen.getByTestId('nav-wins'));
    await screen.findByTestId('wins-empty');
    fireEvent.keyDown(document.body, { key: 'w' });
    fireEvent.input(screen.getByTestId('win-text'), { target: { value: 'Held hands in the waiting room' } });
    fireEvent.submit((screen.getByTestId('win-text') as HTMLInputElement).form!);
    expect((await screen.findByTestId('win-item')).textContent).toContain('Held hands in the waiting room');
    expect(screen.getByTestId('win-toast')).toBeTruthy();
    expect(backend.called('save_win')).toHaveLength(1);
  });

  it('are listed in the keyboard help', () => {
    render(<ShortcutsHelp onClose={() => undefined} onSupport={() => undefined} />);
    const help = screen.getByTestId('shortcuts-help').textContent ?? '';
    for (const label of ['Go to Wins', 'Go to Agreements', 'Go to Triggers', 'Go to Milestones', 'Note a small win']) {
      expect(help).toContain(label);
    }
  });
});
