// The entry's optional title. An over-long one (a pasted paragraph) is kept as typed, with a
// plain word about the limit and a way to move the rest into the entry.
import { useId } from 'preact/hooks';
import { MAX_TITLE_CHARS, titleLength } from './entry-fields';

type Props = {
  value: string;
  onChange: (title: string) => void;
  onMoveOverflow: () => void;
  /** Enter in the title goes on to the text, as it would after a heading. */
  onEnter: () => void;
};

const COUNT_FROM = MAX_TITLE_CHARS - 30;

export function TitleField({ value, onChange, onMoveOverflow, onEnter }: Props) {
  const noteId = useId();
  const length = value.length > COUNT_FROM ? titleLength(value) : value.length;
  const over = length > MAX_TITLE_CHARS;
  return (
    <div class="title-field">
      <input
        class="title-input"
        dir="auto"
        value={value}
        placeholder="Title (optional)"
        aria-label="Title"
        autocomplete="off"
        spellcheck
        aria-invalid={over || undefined}
        aria-describedby={length > COUNT_FROM ? noteId : undefined}
        onInput={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.isComposing) {
            event.preventDefault();
            onEnter();
          }
        }}
        data-testid="entry-title"
      />
      {over ? (
        <p id={noteId} class="title-note title-note-over" role="alert" data-testid="title-limit">
          A title can be up to {MAX_TITLE_CHARS} characters; this one has{' '}
          {length.toLocaleString('en-GB')}.{' '}
          <button type="button" class="link-button" onClick={onMoveOverflow} data-testid="title-move-rest">
            Move the rest into the entry
          </button>
        </p>
      ) : (
        length > COUNT_FROM && (
          <p id={noteId} class="title-note">
            {length} / {MAX_TITLE_CHARS}
          </p>
        )
      )}
    </div>
  );
}
