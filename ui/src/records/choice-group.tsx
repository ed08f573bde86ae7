// One choice out of a few, as a row of buttons: a radio group for assistive technology, with the
// arrow keys moving the choice and Tab leaving the group, like the trust scale.
import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';

export type Choice<T extends string | number> = {
  value: T;
  label: ComponentChildren;
  /** What a screen reader says, when the label alone would not do. */
  ariaLabel?: string;
  testId?: string;
  class?: string;
};

type Props<T extends string | number> = {
  legend: ComponentChildren;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** The class of the row: chips by default. */
  class?: string;
  /** The class of each button. */
  itemClass?: string;
  /** Extra classes for a chosen button's neighbours up to it, as in a scale that fills up. */
  filledClass?: string;
  testId?: string;
};

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function ChoiceGroup<T extends string | number>(props: Props<T>) {
  const { legend, choices, value, onChange, filledClass, testId } = props;
  const { class: rowClass = 'chips', itemClass = 'chip' } = props;
  const labelId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const chosenIndex = choices.findIndex((choice) => choice.value === value);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    let index: number | undefined;
    if (event.key in NEXT) {
      const from = chosenIndex < 0 ? (NEXT[event.key]! > 0 ? -1 : 0) : chosenIndex;
      index = (from + NEXT[event.key]! + choices.length) % choices.length;
    } else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = choices.length - 1;
    const choice = index === undefined ? undefined : choices[index];
    if (!choice || index === undefined) return;
    event.preventDefault();
    onChange(choice.value);
    buttons.current[index]?.focus();
  };

  return (
    <div class="choice-field">
      <span id={labelId} class="field-label">
        {legend}
      </span>
      <div class={rowClass} role="radiogroup" aria-labelledby={labelId} onKeyDown={onKeyDown} data-testid={testId}>
        {choices.map((choice, index) => {
          const chosen = index === chosenIndex;
          const filled = filledClass && chosenIndex >= 0 && index <= chosenIndex;
          return (
            <button
              key={String(choice.value)}
              ref={(button) => {
                buttons.current[index] = button;
              }}
              type="button"
              role="radio"
              aria-checked={chosen}
              aria-label={choice.ariaLabel}
              tabIndex={(chosenIndex < 0 ? 0 : chosenIndex) === index ? 0 : -1}
              class={[itemClass, choice.class, filled && filledClass].filter(Boolean).join(' ')}
              onClick={() => onChange(choice.value)}
              data-testid={choice.testId}
            >
              {choice.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
