// Trust today, 1 to 10, asked the way that fits whose journal it is: a row of steps that fills up to the chosen one, so the level reads at a
// glance. A radio group for the keyboard; "Clear" takes the rating away again.
import { useId, useRef } from 'preact/hooks';
import { TRUST_ENDS, trustQuestion, useRole } from './role';
import { TRUST_LEVELS, trustAfterKey, trustLabel } from './trust';

type Props = {
  value: number | null;
  onChange: (value: number | null) => void;
};

export function TrustScale({ value, onChange }: Props) {
  const labelId = useId();
  const role = useRole();
  const steps = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const next = trustAfterKey(value, event.key);
    if (next === undefined) return;
    event.preventDefault();
    onChange(next);
    steps.current[(next ?? 1) - 1]?.focus();
  };

  return (
    <div class="check-in-row trust">
      <div class="check-in-heading">
        <span id={labelId} class="check-in-label" data-testid="trust-question">
          {trustQuestion(role)}
        </span>
        <span class="check-in-aside check-in-value" data-testid="trust-value">
          {trustLabel(value)}
        </span>
        {value !== null && (
          <button
            type="button"
            class="link-button check-in-aside"
            onClick={() => {
              onChange(null);
              steps.current[0]?.focus();
            }}
            data-testid="trust-clear"
          >
            Clear
          </button>
        )}
      </div>
      <div class="trust-scale" role="radiogroup" aria-labelledby={labelId} onKeyDown={onKeyDown}>
        {TRUST_LEVELS.map((level) => (
          <button
            key={level}
            ref={(step) => {
              steps.current[level - 1] = step;
            }}
            type="button"
            role="radio"
            aria-checked={value === level}
            aria-label={`${level} out of 10`}
            tabIndex={(value ?? 1) === level ? 0 : -1}
            class={[
              'scale-step trust-step',
              value !== null && level <= value && 'scale-step-filled',
            ]
              .filter(Boolean)
              .join(' ')}
            onClick={() => onChange(level)}
            data-testid={`trust-${level}`}
          >
            {level}
          </button>
        ))}
      </div>
      <div class="trust-ends" aria-hidden="true">
        <span>{TRUST_ENDS[0]}</span>
        <span>{TRUST_ENDS[1]}</span>
      </div>
    </div>
  );
}
