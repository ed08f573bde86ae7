// A small form in a dialog for adding or changing a progress record. It checks the backend's
// rules first, then saves; a refusal is shown above the buttons and everything typed stays, so
// the person only has to change what was wrong.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { toCommandError } from '../api';
import { BusyButton } from '../controls/busy-button';
import { Dialog } from '../controls/dialog';

type Props = {
  title: string;
  description?: ComponentChildren;
  testId: string;
  saveLabel: string;
  saveTestId: string;
  /** Why the form cannot be saved as it is, in the backend's words, or null. */
  check: () => string | null;
  /** Saves; the caller closes the dialog once it resolves. */
  save: () => Promise<void>;
  onClose: () => void;
  /** For forms with rows of choices, which need more room. */
  wide?: boolean;
  children: ComponentChildren;
};

export function FormDialog(props: Props) {
  const { title, description, testId, saveLabel, saveTestId, check, save, onClose, wide, children } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const problem = check();
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      await save();
    } catch (reason) {
      setError(toCommandError(reason).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} description={description} onClose={onClose} testId={testId}>
      <form
        class={wide ? 'form record-form record-form-wide' : 'form record-form'}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        {children}
        <p class="form-error" role="alert" data-testid={error ? `${testId}-error` : undefined}>
          {error}
        </p>
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <BusyButton busy={busy} busyLabel="Saving…" testId={saveTestId}>
            {saveLabel}
          </BusyButton>
        </div>
      </form>
    </Dialog>
  );
}
