import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { SupportDialog } from '../help/support-dialog';
import { ShortcutsHelp } from './help-overlay';
import { CONTROL_KEYS, SHORTCUTS } from './table';
import { useShortcuts, type ShortcutHandlers } from './use-shortcuts';

function Bound({ handlers }: { handlers: ShortcutHandlers }) {
  useShortcuts(handlers);
  return (
    <div>
      <textarea data-testid="area" />
      <button type="button" data-testid="button">
        A button
      </button>
    </div>
  );
}

describe('useShortcuts', () => {
  it('runs the bound action and keeps the key from the page', () => {
    const search = vi.fn();
    render(<Bound handlers={{ search }} />);
    const event = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true });
    screen.getByTestId('button').dispatchEvent(event);
    expect(search).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });

  it('lets ? type in a text field and opens the help elsewhere', () => {
    const help = vi.fn();
    render(<Bound handlers={{ help }} />);
    fireEvent.keyDown(screen.getByTestId('area'), { key: '?', shiftKey: true });
    expect(help).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByTestId('button'), { key: '?', shiftKey: true });
    expect(help).toHaveBeenCalledOnce();
  });

  it('leaves keys without a handler alone', () => {
    render(<Bound handlers={{ help: vi.fn() }} />);
    const event = new KeyboardEvent('keydown', { key: 'n', ctrlKey: true, bubbles: true, cancelable: true });
    screen.getByTestId('button').dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('yields to a control that already handled the key', () => {
    const search = vi.fn();
    render(<Bound handlers={{ search }} />);
    const button = screen.getByTestId('button');
    button.addEventListener('keydown', (event) => event.preventDefault());
    fireEvent.keyDown(button, { key: 'k', ctrlKey: true });
    expect(search).not.toHaveBeenCalled();
  });

  it('follows the handlers of the latest render', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(<Bound handlers={{ lock: first }} />);
    rerender(<Bound handlers={{ lock: second }} />);
    fireEvent.keyDown(screen.getByTestId('button'), { key: 'l', ctrlKey: true });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });
});

describe('the shortcuts help', () => {
  it('lists every row of the table and every control key', () => {
    render(<ShortcutsHelp onClose={() => undefined} onSupport={() => undefined} />);
    const help = screen.getByTestId('shortcuts-help');
    for (const row of [...SHORTCUTS, ...CONTROL_KEYS]) expect(help.textContent).toContain(row.label);
    expect(help.querySelectorAll('kbd').length).toBeGreaterThan(SHORTCUTS.length);
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    render(<ShortcutsHelp onClose={onClose} onSupport={() => undefined} />);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('leads to where to find help, which says first what to do in danger', () => {
    function Overlay() {
      const [support, setSupport] = useState(false);
      return support ? (
        <SupportDialog onClose={() => undefined} />
      ) : (
        <ShortcutsHelp onClose={() => undefined} onSupport={() => setSupport(true)} />
      );
    }
    render(<Overlay />);
    fireEvent.click(screen.getByTestId('open-support'));
    const support = screen.getByTestId('support-dialog');
    expect(screen.getByTestId('support-urgent').textContent).toContain('contact your local emergency services');
    expect(support.textContent).toContain('Couples therapy');
    expect(support.querySelectorAll('a, iframe, img, script')).toHaveLength(0);
  });
});

describe('shortcuts while a dialog is open', () => {
  it('leave the keyboard to the dialog, except for locking', () => {
    const lock = vi.fn();
    const search = vi.fn();
    render(<Bound handlers={{ lock, search }} />);
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    fireEvent.keyDown(dialog, { key: 'k', ctrlKey: true });
    fireEvent.keyDown(dialog, { key: 'l', ctrlKey: true });
    dialog.remove();
    expect(search).not.toHaveBeenCalled();
    expect(lock).toHaveBeenCalledOnce();
  });
});
