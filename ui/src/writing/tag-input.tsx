// Tags: typed and finished with Enter or a comma, removed with their × or Backspace, with the
// tags already in use offered beneath while the field has focus.
import { useId, useRef, useState } from 'preact/hooks';
import { MAX_LABELS } from './entry-fields';
import { CloseIcon } from './icons';
import { normalizeTag, splitTagInput, tagSuggestions, withLabels, withoutLabel } from './labels';

type Props = {
  tags: string[];
  /** Tags in use across the journal, most used first. */
  known: string[];
  onChange: (tags: string[]) => void;
};

export function TagInput({ tags, known, onChange }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(false);
  const full = tags.length >= MAX_LABELS;
  const suggestions = active && !full ? tagSuggestions(known, tags, typed) : [];

  const add = (labels: string[]) => {
    const added = withLabels(tags, labels.map(normalizeTag));
    if (added.length !== tags.length) onChange(added);
  };

  const commitTyped = () => {
    if (typed.trim()) add([typed]);
    setTyped('');
  };

  return (
    <div
      class="check-in-row"
      onFocusIn={() => setActive(true)}
      onFocusOut={(event) => {
        // Moving from the field to a suggestion stays inside; leaving altogether finishes the tag.
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setActive(false);
        commitTyped();
      }}
    >
      <label class="check-in-label" for={id}>
        Tags
      </label>
      <div class="tag-field" onClick={() => input.current?.focus()}>
        {tags.map((tag) => (
          <span key={tag} class="chip chip-tag" data-testid={`tag-${tag}`}>
            <span dir="auto">#{tag}</span>
            <button
              type="button"
              class="chip-remove"
              aria-label={`Remove tag ${tag}`}
              title="Remove"
              onClick={(event) => {
                event.stopPropagation();
                onChange(withoutLabel(tags, tag));
                input.current?.focus();
              }}
            >
              <CloseIcon />
            </button>
          </span>
        ))}
        <input
          ref={input}
          id={id}
          class="tag-input"
          dir="auto"
          value={typed}
          disabled={full}
          autocomplete="off"
          spellcheck={false}
          placeholder={full ? `${MAX_LABELS} tags: remove one to add another` : tags.length ? 'Add another' : 'Type a tag, then Enter'}
          onInput={(event) => {
            const { finished, rest } = splitTagInput(event.currentTarget.value);
            if (finished.length > 0) add(finished);
            setTyped(rest);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commitTyped();
            } else if (event.key === 'Backspace' && typed === '' && tags.length > 0) {
              event.preventDefault();
              onChange(tags.slice(0, -1));
            } else if (event.key === 'ArrowDown' && suggestions.length > 0) {
              event.preventDefault();
              event.currentTarget
                .closest('.check-in-row')
                ?.querySelector<HTMLButtonElement>('.tag-suggestion')
                ?.focus();
            }
          }}
          data-testid="tag-input"
        />
      </div>
      {suggestions.length > 0 && (
        <div class="tag-suggestions" aria-label="Tags you have used">
          {suggestions.map((tag) => (
            <button
              key={tag}
              type="button"
              class="tag-suggestion"
              onClick={() => {
                add([tag]);
                setTyped('');
                input.current?.focus();
              }}
              data-testid={`tag-suggestion-${tag}`}
            >
              <span dir="auto">#{tag}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
