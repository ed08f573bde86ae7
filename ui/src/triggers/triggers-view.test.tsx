import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TriggerDraft } from '../bindings/TriggerDraft';
import type { TriggerPatterns } from '../bindings/TriggerPatterns';
import { localDay } from '../journal/dates';
import { fakeBackend } from '../records/fake-backend';
import { MONTHS_SHOWN, TriggerPatterns as PatternsSection } from './patterns';
import { TriggersView } from './triggers-view';

afterEach(() => clearMocks());

const fill = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });

describe('the trigger log', () => {
  it('notes a trigger with its intensity, what helped and the minutes to settle', async () => {
    const backend = fakeBackend();
    render(<TriggersView onError={vi.fn()} />);
    fireEvent.click(await screen.findByTestId('trigger-add'));
    fill('trigger-what', 'A message late at night');
    fireEvent.click(screen.getByTestId('trigger-intensity-4'));
    expect(screen.getByTestId('trigger-intensity-4').getAttribute('aria-checked')).toBe('true');
    fill('trigger-helped', 'A walk, then we talked');
    fill('trigger-minutes', '45');
    fireEvent.click(screen.getByTestId('trigger-save'));
    const item = await screen.findByTestId('trigger-item');
    expect(backend.called('save_trigger')[0]!.args.draft).toEqual({
      id: null,
      day: localDay(),
      what: 'A message late at night',
      intensity: 4,
      helped: 'A walk, then we talked',
      settled_minutes: 45,
    } satisfies TriggerDraft);
    expect(item.textContent).toContain('Very strong');
    expect(item.textContent).toContain('Settled in 45 minutes');
    expect(item.textContent).toContain('A walk, then we talked');
  });

  it('asks for the intensity before sending, and keeps the form on a refusal', async () => {
    const backend = fakeBackend({}, { save_trigger: 'Time to settle can be up to a week (10,080 minutes).' });
    render(<TriggersView onError={vi.fn()} />);
    fireEvent.click(await screen.findByTestId('trigger-add'));
    fill('trigger-what', 'Driving past the hotel');
    fireEvent.click(screen.getByTestId('trigger-save'));
    expect(screen.getByTestId('trigger-dialog-error').textContent).toBe('Choose how strong it was, from 1 to 5.');
    expect(backend.called('save_trigger')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('trigger-intensity-2'));
    fill('trigger-minutes', '600');
    fireEvent.click(screen.getByTestId('trigger-save'));
    expect((await screen.findByTestId('trigger-dialog-error')).textContent).toBe('Time to settle can be up to a week (10,080 minutes).');
    expect((screen.getByTestId('trigger-what') as HTMLInputElement).value).toBe('Driving past the hotel');
    expect((screen.getByTestId('trigger-minutes') as HTMLInputElement).value).toBe('600');
  });

  it('shows the backend’s own words for an intensity out of range', async () => {
    mockIPC((cmd) => {
      if (cmd === 'save_trigger') return Promise.reject({ kind: 'invalid_input', message: 'Intensity is rated from 1 to 5, not 9.' });
      return cmd === 'trigger_patterns' ? { frequent: [], months: [] } : [];
    });
    render(<TriggersView onError={vi.fn()} />);
    fireEvent.click(await screen.findByTestId('trigger-add'));
    fill('trigger-what', 'A name at dinner');
    fireEvent.click(screen.getByTestId('trigger-intensity-5'));
    fireEvent.click(screen.getByTestId('trigger-save'));
    expect((await screen.findByTestId('trigger-dialog-error')).textContent).toBe('Intensity is rated from 1 to 5, not 9.');
  });

  it('deletes after asking', async () => {
    const backend = fakeBackend({
      triggers: [{ id: 't1', day: '2026-11-01', created: '', what: 'The song', intensity: 3, helped: '', settled_minutes: null }],
    });
    render(<TriggersView onError={vi.fn()} />);
    fireEvent.click(within(await screen.findByTestId('trigger-item')).getByTestId('trigger-delete'));
    fireEvent.click(screen.getByTestId('trigger-delete-confirm'));
    await screen.findByTestId('triggers-empty');
    expect(backend.called('delete_trigger')[0]!.args).toEqual({ id: 't1' });
  });
});

describe('trigger patterns', () => {
  const month = (n: number) => ({
    month: `2025-${String(n).padStart(2, '0')}-01`,
    count: 13 - n,
    intensity: 4 - n / 6,
    settled_minutes: n === 3 ? null : 120 - n * 5,
  });
  const patterns: TriggerPatterns = {
    frequent: [{ what: 'A message late at night', count: 5, intensity: 3.4, last: '2025-12-02' }],
    months: Array.from({ length: 12 }, (_, i) => month(i + 1)).concat([
      { month: '2026-01-01', count: 1, intensity: 1.5, settled_minutes: 20 },
    ]),
  };

  it('lists what comes back and the latest months, newest first', () => {
    render(<PatternsSection patterns={patterns} />);
    expect(screen.getByTestId('trigger-frequent').textContent).toContain('5 times · intensity 3.4');
    const rows = screen.getAllByTestId('trigger-month');
    expect(rows).toHaveLength(MONTHS_SHOWN);
    expect(rows[0]!.textContent).toContain('January 2026');
    expect(rows[0]!.textContent).toContain('20 minutes');
    expect(rows.find((row) => row.textContent?.includes('March 2025'))?.textContent).toContain('—');
  });

  it('opens the earlier months on request', () => {
    render(<PatternsSection patterns={patterns} />);
    fireEvent.click(screen.getByTestId('trigger-months-more'));
    expect(screen.getAllByTestId('trigger-month')).toHaveLength(13);
  });

  it('waits quietly for triggers that come back', async () => {
    render(<PatternsSection patterns={{ frequent: [], months: [] }} />);
    await waitFor(() => expect(screen.getByTestId('trigger-patterns').textContent).toContain('more than once'));
  });
});
