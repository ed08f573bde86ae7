// The fields of the progress forms beyond a plain input (controls/field.tsx): a longer text, a
// list to choose from, a day, and a box to tick.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

type Common = {
  label: ComponentChildren;
  hint?: ComponentChildren;
  testId: string;
  /** Marks the field as the one the form's error is about. */
  invalid?: boolean;
};

function Hint({ id, children }: { id: string; children?: ComponentChildren }) {
  return children ? (
    <p id={id} class="field-hint">
      {children}
    </p>
  ) : null;
}

type TextAreaProps = Common & {
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  placeholder?: string;
  autoFocus?: boolean;
};

export function TextAreaField({ label, hint, testId, invalid, value, onInput, rows = 3, placeholder, autoFocus }: TextAreaProps) {
  const id = useId();
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <textarea
        id={id}
        class="input textarea"
        dir="auto"
        rows={rows}
        value={value}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-autofocus={autoFocus || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
        data-testid={testId}
      />
      <Hint id={`${id}-hint`}>{hint}</Hint>
    </div>
  );
}

type SelectProps<T extends string> = Common & {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
};

export function SelectField<T extends string>({ label, hint, testId, value, options, onChange }: SelectProps<T>) {
  const id = useId();
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="input select"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.value as T)}
        data-testid={testId}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Hint id={`${id}-hint`}>{hint}</Hint>
    </div>
  );
}

type DayProps = Common & {
  value: string;
  onInput: (value: string) => void;
};

/** A day as YYYY-MM-DD; the form checks the years, so the browser's own bubbles stay away. */
export function DayField({ label, hint, testId, invalid, value, onInput }: DayProps) {
  const id = useId();
  return (
    <div class="field field-day">
      <label class="field-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        class="input input-day"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
        onChange={(event) => onInput(event.currentTarget.value)}
        data-testid={testId}
      />
      <Hint id={`${id}-hint`}>{hint}</Hint>
    </div>
  );
}

type CheckProps = { label: ComponentChildren; checked: boolean; onChange: (checked: boolean) => void; testId: string };

export function CheckField({ label, checked, onChange, testId }: CheckProps) {
  return (
    <label class="check-field">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} data-testid={testId} />
      {label}
    </label>
  );
}
