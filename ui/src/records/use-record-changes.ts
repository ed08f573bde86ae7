// Which record of a list is being written or deleted, and a revision that moves once either is
// done, so the list is asked for again.
import { useState } from 'preact/hooks';

export type RecordChanges<T> = {
  /** Moves after each save or delete: pass it to `useLoaded`. */
  revision: number;
  /** The record in the form, or `{ record: null }` for a new one; null while no form is open. */
  editing: { record: T | null } | null;
  /** The record asked about before it is deleted. */
  deleting: T | null;
  add: () => void;
  edit: (record: T) => void;
  askToDelete: (record: T) => void;
  closeForm: () => void;
  closeDelete: () => void;
  saved: () => void;
  deleted: () => void;
};

export function useRecordChanges<T>(): RecordChanges<T> {
  const [revision, setRevision] = useState(0);
  const [editing, setEditing] = useState<{ record: T | null } | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const changed = () => setRevision((n) => n + 1);

  return {
    revision,
    editing,
    deleting,
    add: () => setEditing({ record: null }),
    edit: (record) => setEditing({ record }),
    askToDelete: (record) => setDeleting(record),
    closeForm: () => setEditing(null),
    closeDelete: () => setDeleting(null),
    saved: () => {
      setEditing(null);
      changed();
    },
    deleted: () => {
      setDeleting(null);
      changed();
    },
  };
}
