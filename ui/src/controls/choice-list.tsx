// One choice of a few, each with a line saying what it means: a radio group of bordered rows.
import { useId } from 'preact/hooks';

export type Choice<T extends string> = { value: T; label: string; detail: string };

type Props<T extends string> = {
  legend: string;
  choices: readonly Choice<T>[];
  chosen: T | null;
  onChoose: (value: T) => void;
  /** Each radio's test id is this prefix and its value. */
  testIdPrefix: string;
  /** Focus goes to the chosen row, or to the first when none is, as the dialog opens. */
  autofocus?: boolean;
};

export function ChoiceList<T extends string>({ legend, choices, chosen, onChoose, testIdPrefix, autofocus = false }: Props<T>) {
  const name = useId();
  return (
    <fieldset class="choice-list">
      <legend class="field-label">{legend}</legend>
      {choices.map((choice, index) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={chosen === choice.value}
            onChange={() => onChoose(choice.value)}
            data-testid={`${testIdPrefix}${choice.value}`}
            data-autofocus={(autofocus && (chosen === choice.value || (chosen === null && index === 0))) || undefined}
          />
          <span>
            <span class="choice-label">{choice.label}</span>
            <span class="choice-detail">{choice.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
