import { useState } from 'preact/hooks';
import { Dialog } from '../controls/dialog';
import { BusyButton } from '../controls/busy-button';

type Props = { dayLabel: string; onConfirm: () => Promise<void>; onClose: () => void };

export function DeleteDialog({ dayLabel, onConfirm, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      title="Delete this entry?"
      description={`The entry from ${dayLabel} will be gone for good. This cannot be undone.`}
      onClose={onClose}
      testId="delete-dialog"
    >
      <div class="dialog-actions">
        <button type="button" class="btn btn-secondary" onClick={onClose} data-autofocus>
          Keep it
        </button>
        <BusyButton
          type="button"
          variant="danger"
          busy={busy}
          busyLabel="Deleting…"
          testId="confirm-delete"
          onClick={() => {
            setBusy(true);
            onConfirm().finally(() => setBusy(false));
          }}
        >
          Delete
        </BusyButton>
      </div>
    </Dialog>
  );
}
