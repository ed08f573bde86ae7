// "Are you sure?" for changes to the progress records: the question, what happens to the
// history, and the one button that does it. A refusal is shown here and nothing changes.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { toCommandError } from '../api';
import { BusyButton } from '../controls/busy-button';
import { Dialog } from '../controls/dialog';

type Props = {
  title: string;
  description: ComponentChildren;
  confirmLabel: string;
  busyLabel: string;
  /** Keep it, or keep it as it is: what the cancelling button says. */
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
  confirmTestId?: string;
  /** Fields the confirmation needs, such as the day to retire an agreement from. */
  children?: ComponentChildren;
};

export function ConfirmDialog(props: Props) {
  const { title, description, confirmLabel, busyLabel, onConfirm, onClose } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (reason) {
      setError(toCommandError(reason).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} description={description} onClose={onClose} testId={props.testId}>
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void confirm();
        }}
      >
        {props.children}
        <p class="form-error" role="alert" data-testid={error ? 'confirm-error' : undefined}>
          {error}
        </p>
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose} data-autofocus={!props.children || undefined}>
            {props.cancelLabel ?? 'Keep it'}
          </button>
          <BusyButton
            variant={props.danger ? 'danger' : 'primary'}
            busy={busy}
            busyLabel={busyLabel}
            testId={props.confirmTestId}
          >
            {confirmLabel}
          </BusyButton>
        </div>
      </form>
    </Dialog>
  );
}
