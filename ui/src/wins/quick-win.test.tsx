import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { WinDraft } from '../bindings/WinDraft';
import { localDay } from '../journal/dates';
import { fakeBackend } from '../records/fake-backend';
import { ACKNOWLEDGEMENT, useQuickWin } from './quick-win';
import type { OpenEntryRef } from './win-dialog';

afterEach(() => clearMocks());

function Harness({ entry = null }: { entry?: OpenEntryRef | null }) {
  const quickWin = useQuickWin({ entry });
  return (
    <div>
      <textarea data-testid="area" />
      <button type="button" data-testid="elsewhere">
        Elsewhere
      </button>
      <span data-testid="revision">{quickWin.revision}</span>
      {quickWin.element}
    </div>
  );
}

const text = () => screen.getByTestId('win-text') as HTMLInputElement;
const submit = () => fireEvent.submit(text().form!);
const saved = (backend: ReturnType<typeof fakeBackend>) => backend.called('save_win').map((c) => c.args.draft as WinDraft);

describe('the quick win', () => {
  it('opens on W anywhere but in a text field, with the text ready for typing', () => {
    fakeBackend();
    render(<Harness />);
    fireEvent.keyDown(screen.getByTestId('area'), { key: 'w' });
    expect(screen.queryByTestId('win-dialog')).toBeNull();
    fireEvent.keyDown(screen.getByTestId('elsewhere'), { key: 'w' });
    expect(screen.getByTestId('win-dialog')).toBeTruthy();
    expect(document.activeElement).toBe(text());
  });

  it('opens on Ctrl+Shift+W even while typing', () => {
    fakeBackend();
    render(<Harness />);
    fireEvent.keyDown(screen.getByTestId('area'), { key: 'W', ctrlKey: true, shiftKey: true });
    expect(screen.getByTestId('win-dialog')).toBeTruthy();
  });

  it('saves on Enter with the kind and who it came from, then says so quietly', async () => {
    const backend = fakeBackend();
    render(<Harness />);
    fireEvent.keyDown(document.body, { key: 'w' });
    fireEvent.input(text(), { target: { value: 'Called when the train was late' } });
    fireEvent.click(screen.getByTestId('win-kind-quality_time'));
    fireEvent.click(screen.getByTestId('win-from-us'));
    expect(screen.getByTestId('win-kind-quality_time').getAttribute('aria-checked')).toBe('true');
    submit();
    await waitFor(() => expect(screen.queryByTestId('win-dialog')).toBeNull());
    expect(saved(backend)).toEqual([
      { id: null, day: localDay(), text: 'Called when the train was late', kind: 'quality_time', from: 'us', entry: null },
    ]);
    expect(screen.getByTestId('win-toast').textContent).toBe(ACKNOWLEDGEMENT);
    expect(screen.getByTestId('revision').textContent).toBe('1');
  });

  it('starts the next win from the last one’s kind and sender', async () => {
    fakeBackend();
    render(<Harness />);
    fireEvent.keyDown(document.body, { key: 'w' });
    fireEvent.input(text(), { target: { value: 'A walk' } });
    fireEvent.click(screen.getByTestId('win-kind-empathy'));
    fireEvent.click(screen.getByTestId('win-from-partner'));
    submit();
    await waitFor(() => expect(screen.queryByTestId('win-dialog')).toBeNull());
    fireEvent.keyDown(document.body, { key: 'w' });
    expect(text().value).toBe('');
    expect(screen.getByTestId('win-kind-empathy').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByTestId('win-from-partner').getAttribute('aria-checked')).toBe('true');
  });

  it('asks for words before sending anything', () => {
    const backend = fakeBackend();
    render(<Harness />);
    fireEvent.keyDown(document.body, { key: 'w' });
    submit();
    expect(screen.getByTestId('win-dialog-error').textContent).toBe('Write a few words for the win.');
    expect(backend.called('save_win')).toHaveLength(0);
  });

  it('shows a refusal and keeps everything typed', async () => {
    fakeBackend({}, { save_win: 'The win can be up to 500 characters; this one has 501.' });
    render(<Harness />);
    fireEvent.keyDown(document.body, { key: 'w' });
    fireEvent.input(text(), { target: { value: 'Something' } });
    fireEvent.click(screen.getByTestId('win-kind-boundaries'));
    submit();
    expect((await screen.findByTestId('win-dialog-error')).textContent).toBe(
      'The win can be up to 500 characters; this one has 501.',
    );
    expect(text().value).toBe('Something');
    expect(screen.getByTestId('win-kind-boundaries').getAttribute('aria-checked')).toBe('true');
    expect(screen.queryByTestId('win-toast')).toBeNull();
  });

  it("belongs to the entry open on Today unless told otherwise", async () => {
    const backend = fakeBackend();
    render(<Harness entry={{ id: 'entry-1', day: localDay() }} />);
    fireEvent.keyDown(document.body, { key: 'w' });
    const link = screen.getByTestId('win-entry') as HTMLInputElement;
    expect(link.checked).toBe(true);
    expect(link.parentElement?.textContent).toBe("Belongs to today's entry");
    fireEvent.input(text(), { target: { value: 'First' } });
    submit();
    await waitFor(() => expect(screen.queryByTestId('win-dialog')).toBeNull());
    fireEvent.keyDown(document.body, { key: 'w' });
    fireEvent.input(text(), { target: { value: 'Second' } });
    fireEvent.click(screen.getByTestId('win-entry'));
    submit();
    await waitFor(() => expect(saved(backend)).toHaveLength(2));
    expect(saved(backend).map((draft) => draft.entry)).toEqual(['entry-1', null]);
  });

  it('moves the kind with the arrow keys', () => {
    fakeBackend();
    render(<Harness />);
    fireEvent.keyDown(document.body, { key: 'w' });
    fireEvent.keyDown(screen.getByTestId('win-kind-communication'), { key: 'ArrowRight' });
    expect(screen.getByTestId('win-kind-responsibility').getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('win-kind-responsibility'));
    fireEvent.keyDown(screen.getByTestId('win-kind-responsibility'), { key: 'End' });
    expect(screen.getByTestId('win-kind-empathy').getAttribute('aria-checked')).toBe('true');
  });
});
