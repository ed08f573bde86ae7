import { mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportSummary } from '../bindings/ImportSummary';
import { ImportDialog } from './import-dialog';

// Each test mocks the Rust side afresh. The mocks are not cleared in between: Preact may run an
// unmounted dialog's effect cleanup (which stops listening for progress) a frame later, and that
// needs the mocked event plugin still in place.
afterEach(() => cleanup());

const summary: ImportSummary = {
  format: 'day-one',
  name: 'Journal.zip',
  entries: 3,
  first_day: '2023-04-01',
  last_day: '2023-04-03',
  already_there: 1,
  other_records: 0,
  dropped: [{ kind: 'photo', count: 2, names: ['a.jpeg', 'b.png'] }],
  problems: [{ place: 'Journal.json, entry 3', message: 'It has no date.' }],
};

type Handlers = Record<string, (args: unknown) => unknown>;

function backend(handlers: Handlers) {
  const calls: string[] = [];
  mockIPC(
    (command, args) => {
      calls.push(command);
      const handler = handlers[command];
      return handler ? handler(args) : undefined;
    },
    { shouldMockEvents: true },
  );
  return calls;
}

describe('ImportDialog', () => {
  it('previews before writing anything, then imports and says how many came in', async () => {
    let finish: (value: unknown) => void = () => undefined;
    const calls = backend({
      choose_import: () => summary,
      import_previewed: () => new Promise((resolve) => (finish = resolve)),
    });
    const onImported = vi.fn();
    render(<ImportDialog onClose={() => undefined} onImported={onImported} />);
    fireEvent.click(screen.getByTestId('import-choose-file'));

    const headline = await screen.findByTestId('import-headline');
    expect(headline.textContent).toBe('3 entries from 1 April 2023 to 3 April 2023.');
    const preview = screen.getByTestId('import-preview').textContent ?? '';
    expect(preview).toContain('1 entry is already in your journal and will be skipped.');
    expect(preview).toContain('2 photos will not come in: a.jpeg, b.png.');
    expect(preview).toContain('Journal.json, entry 3 It has no date.');
    expect(calls).not.toContain('import_previewed');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('import-start')));

    fireEvent.click(screen.getByTestId('import-start'));
    await screen.findByTestId('import-progress');
    await emit('import-progress', [2, 4]);
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('value')).toBe('50'));
    finish({ imported: 3, cancelled: false });
    expect((await screen.findByTestId('import-finished')).textContent).toContain('3 records are now in your journal.');
    expect(onImported).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('import-done'));
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('stops when asked, and says the journal is as it was', async () => {
    let finish: (value: unknown) => void = () => undefined;
    const calls = backend({
      choose_import: () => summary,
      import_previewed: () => new Promise((resolve) => (finish = resolve)),
      cancel_import: () => finish({ imported: 0, cancelled: true }),
    });
    const onImported = vi.fn();
    render(<ImportDialog onClose={() => undefined} onImported={onImported} />);
    fireEvent.click(screen.getByTestId('import-choose-file'));
    fireEvent.click(await screen.findByTestId('import-start'));
    fireEvent.click(await screen.findByTestId('import-cancel'));
    expect((await screen.findByTestId('import-finished')).textContent).toContain('exactly as it was');
    expect(calls).toContain('cancel_import');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('shows why a file could not be read, and stays ready for another', async () => {
    backend({
      choose_import: () => Promise.reject({ kind: 'invalid_input', message: 'Journal.zip is cut short.' }),
    });
    render(<ImportDialog onClose={() => undefined} onImported={() => undefined} />);
    fireEvent.click(screen.getByTestId('import-choose-file'));
    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toBe('Journal.zip is cut short.'));
    expect(screen.getByTestId('import-choose-file')).not.toHaveProperty('disabled', true);
  });

  it('forgets the preview when the person chooses another', async () => {
    const calls = backend({ choose_import: () => summary });
    render(<ImportDialog onClose={() => undefined} onImported={() => undefined} />);
    fireEvent.click(screen.getByTestId('import-choose-file'));
    fireEvent.click(await screen.findByTestId('import-back'));
    await screen.findByTestId('import-choose-file');
    expect(calls).toContain('forget_import');
  });
});
