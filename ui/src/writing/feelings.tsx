// The feeling check-in: as many words as fit the day, the standard ones first, then the
// person's own, and a field to add a word nobody offered.
import { useState } from 'preact/hooks';
import { MAX_LABEL_CHARS, MAX_LABELS } from './entry-fields';
import { normalizeFeeling, withLabels, withoutLabel } from './labels';

type Props = {
  chosen: string[];
  /** The standard words first, then those the person has used. */
  offered: string[];
  onChange: (feelings: string[]) => void;
};

export function Feelings({ chosen, offered, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const words = [...offered, ...chosen.filter((word) => !offered.includes(word))];
  const full = chosen.length >= MAX_LABELS;

  const addTyped = () => {
    const word = normalizeFeeling(typed);
    setTyped('');
    if (word) onChange(withLabels(chosen, [word]));
  };

  return (
    <fieldset class="check-in-row">
      <legend class="check-in-label">How are you feeling?</legend>
      <div class="chips">
        {words.map((word) => {
          const on = chosen.includes(word);
          return (
            <button
              key={word}
              type="button"
              class="chip"
              aria-pressed={on}
              disabled={full && !on}
              onClick={() => onChange(on ? withoutLabel(chosen, word) : withLabels(chosen, [word]))}
              data-testid={`feeling-${word}`}
            >
              <span dir="auto">{word}</span>
            </button>
          );
        })}
        <input
          class="chip-input"
          dir="auto"
          value={typed}
          maxLength={MAX_LABEL_CHARS}
          placeholder={full ? `${MAX_LABELS} feelings chosen` : '+ your own word'}
          disabled={full}
          aria-label="Add a feeling of your own"
          autocomplete="off"
          onInput={(event) => setTyped(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              addTyped();
            }
          }}
          onBlur={addTyped}
          data-testid="feeling-custom-input"
        />
      </div>
    </fieldset>
  );
}
