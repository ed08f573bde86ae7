// A win in two keystrokes from anywhere: W (or Ctrl+Shift+W while typing) opens the small
// dialog, Enter saves, and a quiet line says it was noted, then fades.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Win } from '../bindings/Win';
import { useShortcuts } from '../shortcuts/use-shortcuts';
import { WinDialog, type OpenEntryRef, type WinChoices } from './win-dialog';

export const ACKNOWLEDGEMENT = 'Noted. Small steps count.';
const TOAST_MS = 3200;

type Options = {
  /** The entry open on Today, while Today is on show. */
  entry: OpenEntryRef | null;
};

export type QuickWin = {
  /** Opens the dialog for a new win, or to change `win`. */
  open: (win?: Win) => void;
  /** Goes up after every saved win, so the screens that show wins fetch them again. */
  revision: number;
  /** The dialog and the acknowledgement, to render once. */
  element: JSX.Element;
};

export function useQuickWin({ entry }: Options): QuickWin {
  const [editing, setEditing] = useState<{ win: Win | null } | null>(null);
  // Who a win came from and what it was about often repeat; the next one starts from the last.
  const [choices, setChoices] = useState<WinChoices>({ kind: 'communication', from: 'me' });
  const [revision, setRevision] = useState(0);
  const [toast, setToast] = useState<{ id: number; text: string } | null>(null);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const open = (win?: Win) => setEditing({ win: win ?? null });
  useShortcuts({ 'quick-win': () => open() });

  const element = (
    <>
      {editing && (
        <WinDialog
          win={editing.win}
          entry={entry}
          linkByDefault
          choices={choices}
          onClose={() => setEditing(null)}
          onSaved={(win) => {
            setEditing(null);
            if (!editing.win) setChoices({ kind: win.kind, from: win.from });
            setRevision((n) => n + 1);
            setToast({ id: Date.now(), text: editing.win ? 'Saved.' : ACKNOWLEDGEMENT });
          }}
        />
      )}
      <div class="toast-region" role="status" aria-live="polite">
        {toast && (
          <p key={toast.id} class="toast" data-testid="win-toast">
            {toast.text}
          </p>
        )}
      </div>
    </>
  );

  return { open, revision, element };
}
