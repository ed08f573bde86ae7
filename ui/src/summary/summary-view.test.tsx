import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Summary } from '../bindings/Summary';
import type { SummaryRequest } from '../bindings/SummaryRequest';
import { SummaryView, webPage } from './summary-view';

afterEach(() => clearMocks());

const CHOICE = { created: '2026-11-02T21:00:00Z', updated: '2026-11-02T21:00:00Z', words: 5, feelings: [], trust: 4, tags: [], starred: false };

function answer(request: SummaryRequest): Summary {
  const wants = (section: string) => request.sections.includes(section as never);
  return {
    from: request.from,
    to: request.to,
    trust: wants('trust') ? [{ start: '2026-11-02', average: 5, checkIns: 2 }] : null,
    wins: wants('wins') ? { byKind: [], wins: [] } : null,
    agreements: wants('agreements') ? [] : null,
    triggers: wants('triggers') ? [] : null,
    milestones: wants('milestones') ? [] : null,
    entries: request.entries.map((id) => ({ id, day: '2026-11-02', title: 'On the stairs', text: 'We talked on the stairs.', feelings: ['hopeful'], trust: 4 })),
    choices: [
      { ...CHOICE, id: 'e-stairs', day: '2026-11-02', title: 'On the stairs', preview: 'We talked on the stairs.' },
      { ...CHOICE, id: 'e-private', day: '2026-11-03', title: '', preview: 'Not for the session.' },
    ],
    moreChoices: false,
  } as Summary;
}

function backend(saved: string | null = '/home/me/summary.html') {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'summary') return answer((args as { request: SummaryRequest }).request);
    if (cmd === 'save_summary_html' || cmd === 'save_summary_pdf') return saved;
    throw new Error(cmd);
  });
  return calls;
}

describe('SummaryView', () => {
  it('shows only the chosen sections and only the picked entries', async () => {
    const calls = backend();
    render(<SummaryView onBack={vi.fn()} onLocked={vi.fn()} />);
    const preview = await screen.findByTestId('summary-preview');
    await waitFor(() => expect(within(preview).getByTestId('summary-trust').textContent).toContain('2 check-ins over 1 week'));
    expect(within(preview).queryByTestId('summary-entries')).toBeNull();
    expect(screen.getByTestId('summary-picked').textContent).toContain('None picked');

    fireEvent.click(screen.getByTestId('summary-section-trust'));
    await waitFor(() => expect(within(preview).queryByTestId('summary-trust')).toBeNull());
    const stairs = screen.getAllByTestId('summary-pick').find((box) => box.dataset.entryId === 'e-stairs')!;
    fireEvent.click(stairs);
    await waitFor(() => expect(within(preview).getByTestId('summary-entries').textContent).toContain('We talked on the stairs.'));
    expect(preview.textContent).not.toContain('Not for the session');
    const last = calls.filter((c) => c.cmd === 'summary').pop()!.args.request as SummaryRequest;
    expect(last.sections).toEqual(['wins', 'agreements', 'triggers', 'milestones']);
    expect(last.entries).toEqual(['e-stairs']);
  });

  it('says the copy is not encrypted, and saves a self-contained web page', async () => {
    const calls = backend();
    render(<SummaryView onBack={vi.fn()} onLocked={vi.fn()} />);
    expect(screen.getByTestId('summary-not-encrypted').textContent).toContain('not encrypted');
    await within(await screen.findByTestId('summary-preview')).findByTestId('summary-trust');
    fireEvent.click(screen.getByTestId('summary-save-html'));
    await waitFor(() => expect(screen.getByTestId('summary-saved').textContent).toMatch(/^Saved to \/home\/me\/summary.html. It is not encrypted/));
    const html = String(calls.find((c) => c.cmd === 'save_summary_html')!.args.html);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('class="summary-document"');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('says nothing was saved when the save dialog is cancelled', async () => {
    backend(null);
    render(<SummaryView onBack={vi.fn()} onLocked={vi.fn()} />);
    await within(await screen.findByTestId('summary-preview')).findByTestId('summary-trust');
    fireEvent.click(screen.getByTestId('summary-save-pdf'));
    await waitFor(() => expect(screen.getByTestId('summary-save-pdf').getAttribute('aria-busy')).toBeNull());
    expect(screen.getByTestId('summary-saved').textContent).toBe('');
  });

  it('refuses a span that runs backwards, in the backend’s words', async () => {
    mockIPC((cmd) => {
      if (cmd === 'summary') throw { kind: 'invalid_input', message: 'The first day comes after the last. Choose a first day on or before the last.' };
      throw new Error(cmd);
    });
    render(<SummaryView onBack={vi.fn()} onLocked={vi.fn()} />);
    await waitFor(() => expect(screen.getByTestId('summary-problem').textContent).toContain('first day comes after the last'));
  });

  it('escapes the title of the saved page', () => {
    expect(webPage('<article></article>', 'A & B <c>')).toContain('<title>A &amp; B &lt;c></title>');
  });
});
