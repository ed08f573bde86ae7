// A labelled input with its hint and its error tied to it for screen readers.
import type { ComponentChildren, InputHTMLAttributes, RefObject } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

type InputAttributes = InputHTMLAttributes<HTMLInputElement> &
  Partial<Record<`data-${string}`, string | number>>;

type FieldProps = {
  label: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  hint?: ComponentChildren;
  error?: string | null;
  /** Set on the error line only while there is an error. */
  errorTestId?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Focus on first show; the autofocus attribute alone is unreliable once the page has loaded. */
  autoFocus?: boolean;
  monospace?: boolean;
  /** Anything else the input needs: type, autocomplete, test ids. */
  input?: InputAttributes;
  /** Shown right under the input, such as a strength meter. */
  children?: ComponentChildren;
};

export function Field(props: FieldProps) {
  const id = useId();
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = props.inputRef ?? ownRef;
  useEffect(() => {
    if (props.autoFocus) inputRef.current?.focus();
  }, []);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint && hintId, props.error && errorId].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {props.label}
      </label>
      <input
        autocomplete="off"
        spellcheck={false}
        {...props.input}
        id={id}
        ref={inputRef}
        class={['input', props.monospace && 'input-mono', props.input?.class]
          .filter(Boolean)
          .join(' ')}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {props.children}
      {props.hint && (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      )}
      <p
        id={errorId}
        class="field-error"
        role="alert"
        data-testid={props.error ? props.errorTestId : undefined}
      >
        {props.error}
      </p>
    </div>
  );
}
