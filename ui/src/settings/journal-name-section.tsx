// This journal's name on this computer: shown on the locked screens once there is more than
// one journal here, so it is best neutral.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import { Field } from '../controls/field';

export function JournalNameSection() {
  const [id, setId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    api.journals().then((list) => {
      const chosen = list.journals.find((journal) => journal.id === list.chosen);
      if (!chosen) return;
      setId(chosen.id);
      setName(chosen.name);
    }, () => undefined);
  }, []);

  if (id === null) return null;
  const rename = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    api.renameJournal(id, name).then(
      (list) => {
        setName(list.journals.find((journal) => journal.id === id)?.name ?? name);
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
            setName(value);
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
