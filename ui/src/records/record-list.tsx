// What the progress screens with a list of records share: the state of the list before and
// without records, the change and delete buttons on each record, and the question before a
// record is deleted for good.
import type { ComponentChildren } from 'preact';
import { TrashIcon } from '../controls/icons';
import { ConfirmDialog } from './confirm-dialog';
import { EditIcon } from './icons';
import { RecordsEmpty } from './record-page';

type ListProps<T> = {
  /** Null until the first answer. */
  records: readonly T[] | null;
  failed: boolean;
  /** Says the records could not be opened, as "Your wins could not be opened just now." */
  failedMessage: string;
  /** What the screen says while there is nothing to show. */
  empty: ComponentChildren;
  emptyTestId: string;
  children: (records: readonly T[]) => ComponentChildren;
};

/** The records once there are some; before that, why there are none. */
export function RecordList<T>({ records, failed, failedMessage, empty, emptyTestId, children }: ListProps<T>) {
  if (records === null) return failed ? <RecordsEmpty>{failedMessage}</RecordsEmpty> : null;
  if (records.length === 0) {
    return (
      <RecordsEmpty testId={emptyTestId}>
        <p>{empty}</p>
      </RecordsEmpty>
    );
  }
  return <>{children(records)}</>;
}

type ToolsProps = {
  /** The record in words, as "win"; it also names the test ids, as "win-edit" and "win-delete". */
  noun: string;
  onEdit: () => void;
  onDelete: () => void;
};

export function RecordTools({ noun, onEdit, onDelete }: ToolsProps) {
  return (
    <div class="record-tools">
      <button
        type="button"
        class="icon-button"
        aria-label={`Change this ${noun}`}
        title="Change"
        onClick={onEdit}
        data-testid={`${noun}-edit`}
      >
        <EditIcon />
      </button>
      <button
        type="button"
        class="icon-button icon-button-danger"
        aria-label={`Delete this ${noun}`}
        title="Delete"
        onClick={onDelete}
        data-testid={`${noun}-delete`}
      >
        <TrashIcon />
      </button>
    </div>
  );
}

type DeleteProps = {
  /** The record in words; it also names the test ids, as "win-delete-dialog" and "win-delete-confirm". */
  noun: string;
  /** What will be gone. */
  description: string;
  /** Deletes the record; a refusal stays in the dialog. */
  onDelete: () => Promise<void>;
  /** After the record is gone, to close the dialog and show the list without it. */
  onDeleted: () => void;
  onClose: () => void;
};

export function DeleteRecordDialog({ noun, description, onDelete, onDeleted, onClose }: DeleteProps) {
  return (
    <ConfirmDialog
      title={`Delete this ${noun}?`}
      description={description}
      confirmLabel="Delete"
      busyLabel="Deleting…"
      danger
      testId={`${noun}-delete-dialog`}
      confirmTestId={`${noun}-delete-confirm`}
      onClose={onClose}
      onConfirm={async () => {
        await onDelete();
        onDeleted();
      }}
    />
  );
}
