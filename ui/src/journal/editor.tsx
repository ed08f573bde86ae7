import { useEffect, useRef } from 'preact/hooks';
import { TrashIcon } from '../controls/icons';
import type { SaveStatus } from './autosave';
import { dayLabel, localDay, timeLabel } from './dates';
import type { OpenEntry } from './use-entry-document';

type EditorProps = {
  open: OpenEntry;
  text: string;
  status: SaveStatus;
  onEdit: (text: string) => void;
  onRetry: () => void;
  onDelete: () => void;
  /** Saves at once; also runs when the window loses focus, which blurs the text too. */
  onBlur: () => void;
};

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

function statusText(status: SaveStatus, saved: boolean): string {
  switch (status.state) {
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return status.error.message;
    case 'idle':
      return saved ? 'Saved' : '';
  }
}

export function Editor({ open, text, status, onEdit, onRetry, onDelete, onBlur }: EditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const today = open.day === localDay();
  const label = dayLabel(open.day);
  const words = countWords(text);

  useEffect(() => area.current?.focus(), [open.key]);

  return (
    <article class="editor">
      <header class="editor-header">
        <div>
          <p class="eyebrow">{today ? 'Today' : 'Entry'}</p>
          <h1 class="entry-heading" data-testid={today ? 'today-heading' : undefined}>
            {label}
          </h1>
          {open.created && <p class="entry-meta">Begun at {timeLabel(open.created)}</p>}
        </div>
        {open.id !== null && (
          <button
            type="button"
            class="btn btn-quiet btn-small"
            onClick={onDelete}
            data-testid="delete-entry"
          >
            <TrashIcon />
            Delete
          </button>
        )}
      </header>
      <textarea
        key={open.key}
        ref={area}
        class="writing-area"
        value={text}
        onInput={(event) => onEdit(event.currentTarget.value)}
        onBlur={onBlur}
        placeholder={
          today
            ? 'How are you, really? Write a few lines or a few pages; nobody else will read them.'
            : 'Write here…'
        }
        aria-label={`Entry for ${label}`}
        spellcheck
        data-testid="editor"
      />
      <footer class="editor-footer">
        <p
          class={status.state === 'error' ? 'save-status save-status-error' : 'save-status'}
          aria-live="polite"
          data-testid="save-status"
        >
          {statusText(status, open.id !== null)}
          {status.state === 'error' && (
            <button type="button" class="link-button" onClick={onRetry}>
              Try again
            </button>
          )}
        </p>
        <p class="word-count">{words === 0 ? '' : words === 1 ? '1 word' : `${words} words`}</p>
      </footer>
    </article>
  );
}
