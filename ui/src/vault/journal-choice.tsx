// Several journals on one computer, offered on the locked screens: open another journal, or
// create a new one. Each has its own passphrase and recovery key; the list shows names alone.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { JournalList } from '../bindings/JournalList';
import type { VaultState } from '../bindings/VaultState';
import { BusyButton } from '../controls/busy-button';
import { Dialog } from '../controls/dialog';
import { Field } from '../controls/field';

/** The journals on this computer, or null until they are known (or if they cannot be read). */
export function useJournals(): JournalList | null {
  const [list, setList] = useState<JournalList | null>(null);
  useEffect(() => {
    api.journals().then(
      (list) => setList(Array.isArray(list?.journals) ? list : null),
      () => undefined,
    );
  }, []);
  return list;
}

/** The chosen journal's name, worth saying only when there is more than one. */
export function chosenName(list: JournalList | null): string | null {
  if (!list || list.journals.length < 2) return null;
  return list.journals.find((journal) => journal.id === list.chosen)?.name ?? null;
}

function OpenAnotherDialog({ list, onChosen, onClose }: { list: JournalList; onChosen: (state: VaultState) => void; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const others = list.journals.filter((journal) => journal.id !== list.chosen);
  const choose = (id: string) => {
    setError(null);
    api.chooseJournal(id).then(onChosen, (reason) => setError(toCommandError(reason).message));
  };
  return (
    <Dialog title="Open another journal" description="Each journal opens with its own passphrase." onClose={onClose} testId="journals-dialog">
      <ul class="journal-list">
        {others.map((journal) => (
          <li key={journal.id}>
            <button type="button" class="btn btn-secondary journal-button" onClick={() => choose(journal.id)} data-testid="journal-choice">
              <span dir="auto">{journal.name}</span>
              {!journal.setUp && <span class="journal-not-set-up">not set up yet</span>}
            </button>
          </li>
        ))}
      </ul>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}

function NewJournalDialog({ onChosen, onClose }: { onChosen: (state: VaultState) => void; onClose: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await api.addJournal(name);
      onChosen('absent');
    } catch (reason) {
      setError(toCommandError(reason).message);
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Create a new journal"
      description="For someone else who uses this computer, or a fresh start. It gets its own passphrase and recovery key, and nothing in it can be read from another journal."
      onClose={onClose}
      testId="new-journal-dialog"
    >
      <form class="form" onSubmit={submit} noValidate>
        <Field
          label="A name for it"
          hint="Shown on this computer before unlocking, so choose something neutral."
          value={name}
          onInput={(value) => {
            setName(value);
            setError(null);
          }}
          error={error}
          errorTestId="new-journal-error"
          autoFocus
          input={{ 'data-testid': 'new-journal-name', autocomplete: 'off' }}
        />
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <BusyButton busy={busy} busyLabel="Creating…" testId="new-journal-create">
            Continue
          </BusyButton>
        </div>
      </form>
    </Dialog>
  );
}

type Props = { list: JournalList | null; onChosen: (state: VaultState) => void };

/** "Open another journal · Create a new journal", and their dialogs; for a journal added and
 * not set up, a way to remove it again. */
export function JournalChoice({ list, onChosen }: Props) {
  const [open, setOpen] = useState<'another' | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!list) return null;
  const chosen = list.journals.find((journal) => journal.id === list.chosen);
  const unused = chosen && !chosen.setUp && list.journals.length > 1 && chosen.id !== list.journals[0]?.id;
  const remove = () => {
    if (!chosen) return;
    setError(null);
    api.removeUnusedJournal(chosen.id).then(onChosen, (reason) => setError(toCommandError(reason).message));
  };
  return (
    <p class="panel-aside journal-choice">
      {list.journals.length > 1 && (
        <>
          <button type="button" class="link-button" onClick={() => setOpen('another')} data-testid="open-another-journal">
            Open another journal
          </button>
          <span aria-hidden="true"> · </span>
        </>
      )}
      <button type="button" class="link-button" onClick={() => setOpen('new')} data-testid="create-new-journal">
        Create a new journal
      </button>
      {unused && (
        <>
          <span aria-hidden="true"> · </span>
          <button type="button" class="link-button" onClick={remove} data-testid="remove-unused-journal">
            Not needed after all? Remove it
          </button>
        </>
      )}
      {error && (
        <span class="form-error" role="alert">
          {' '}
          {error}
        </span>
      )}
      {open === 'another' && <OpenAnotherDialog list={list} onChosen={onChosen} onClose={() => setOpen(null)} />}
      {open === 'new' && <NewJournalDialog onChosen={onChosen} onClose={() => setOpen(null)} />}
    </p>
  );
}
