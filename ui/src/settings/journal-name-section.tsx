// This journal's name on this computer: shown on the locked screens once there is more than
// one journal here, so it is best neutral.
import { useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import { Field } from '../controls/field';
import { useJournals } from '../vault/journal-choice';

export function JournalNameSection() {
  const list = useJournals();
  const chosen = list?.journals.find((journal) => journal.id === list.chosen) ?? null;
  /** What is typed; null until the person types. */
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  if (chosen === null) return null;
  const { id } = chosen;
  const name = typed ?? chosen.name;
  const rename = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    api.renameJournal(id, name).then(
      (renamed) => {
        setTyped(renamed.journals.find((journal) => journal.id === id)?.name ?? name);
        setStatus('Renamed.');
      },
      (reason) => setError(toCommandError(reason).message),
    );
  };
  return (
    <section class="settings-section" aria-labelledby="journal-name-heading">
      <h3 class="settings-heading" id="journal-name-heading">
        This journal on this computer
      </h3>
      <form class="form" onSubmit={rename} noValidate>
        <Field
          label="Its name"
          hint="Shown before unlocking when more than one journal is kept here, so choose something neutral."
          value={name}
          onInput={(value) => {
            setTyped(value);
            setError(null);
            setStatus(null);
          }}
          error={error}
          errorTestId="journal-name-error"
          input={{ 'data-testid': 'journal-name', autocomplete: 'off' }}
        />
        <div class="button-row">
          <button type="submit" class="btn btn-secondary" data-testid="journal-rename">
            Rename
          </button>
          <p role="status" class="notice" data-testid="journal-name-status">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}
