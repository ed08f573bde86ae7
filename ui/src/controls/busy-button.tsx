// A submit button that shows calm progress while a slow command runs and cannot be pressed twice.
import type { ComponentChildren } from 'preact';

type BusyButtonProps = {
  busy: boolean;
  busyLabel: string;
  children: ComponentChildren;
  testId?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  type?: 'submit' | 'button';
  onClick?: () => void;
};

export function BusyButton(props: BusyButtonProps) {
  const { busy, busyLabel, children, testId, onClick } = props;
  const { variant = 'primary', type = 'submit' } = props;
  return (
    <button
      type={type}
      class={`btn btn-${variant}`}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      data-testid={testId}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.();
      }}
    >
      {busy ? (
        <>
          <span class="spinner" aria-hidden="true" />
          {busyLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
