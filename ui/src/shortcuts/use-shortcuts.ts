// Binds the shortcut table to what the open screen can do. Any component may bind the rows
// whose actions it owns; each row should have one handler at a time. While a dialog is open it
// has the keyboard: only rows marked whileDialogOpen (locking) still run.
import { useEffect, useRef } from 'preact/hooks';
import { ariaKeyShortcuts, comboLabel, findShortcut } from './keys';
import { SHORTCUTS, type Shortcut, type ShortcutId } from './table';

export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

/** Handles the key presses of `handlers`' shortcuts anywhere in the window. */
export function useShortcuts(handlers: ShortcutHandlers) {
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog or a control that handled the key first (Escape in a dialog) keeps it.
      if (event.defaultPrevented) return;
      const dialogOpen = document.querySelector('[aria-modal="true"]') !== null;
      const bound = SHORTCUTS.filter((shortcut: Shortcut) => {
        if (!current.current[shortcut.id as ShortcutId]) return false;
        return !dialogOpen || shortcut.whileDialogOpen === true;
      });
      const shortcut = findShortcut(bound, event);
      if (!shortcut) return;
      event.preventDefault();
      current.current[shortcut.id as ShortcutId]?.();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function shortcut(id: ShortcutId) {
  return SHORTCUTS.find((row) => row.id === id)!;
}

/** Attributes that tell people and assistive technology a control's shortcut. */
export function shortcutAttributes(id: ShortcutId, label: string) {
  const row = shortcut(id);
  return {
    title: `${label} (${comboLabel(row.keys[0])})`,
    'aria-keyshortcuts': ariaKeyShortcuts(row),
  };
}
