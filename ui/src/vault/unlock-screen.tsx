import { useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import { BusyButton } from '../controls/busy-button';
import { Field } from '../controls/field';
import { Mark } from '../controls/icons';
import { moment } from '../perf/marks';
import type { VaultState } from '../bindings/VaultState';
import { chosenName, JournalChoice, useJournals } from './journal-choice';

type Props = {
  onUnlocked: () => void;
  onForgot: () => void;
  onRestore: () => void;
  /** Another journal on this computer was chosen, or a new one added. */
  onJournalChosen: (state: VaultState) => void;
};

export function UnlockScreen({ onUnlocked, onForgot, onRestore, onJournalChosen }: Props) {
  const journals = useJournals();
  const name = chosenName(journals);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const retry = (message: string) => {
    setError(message);
    input.current?.focus();
    input.current?.select();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) {
      retry('Type your passphrase to open your journal.');
      return;
    }
    moment('unlock-pressed');
    setBusy(true);
    try {
      await api.unlock(passphrase);
      onUnlocked();
    } catch (reason) {
      setBusy(false);
      retry(toCommandError(reason).message);
    }
  };

  return (
    <main class="screen-center">
      <div class="panel">
        <Mark size={72} />
        <h1 class="page-title">Welcome back</h1>
        <p class="lede" data-testid="unlock-lede">
          {name ? (
            <>
              <strong dir="auto">{name}</strong> is locked. Its passphrase opens it.
            </>
          ) : (
            'Your journal is locked. Your passphrase opens it.'
          )}
        </p>
        <form class="form" onSubmit={submit} noValidate>
          <Field
            label="Passphrase"
            value={passphrase}
            onInput={(value) => {
              setPassphrase(value);
              setError(null);
            }}
            error={error}
            errorTestId="unlock-error"
            inputRef={input}
            autoFocus
            input={{
              type: 'password',
              autocomplete: 'current-password',
                  'data-testid': 'unlock-passphrase',
            }}
          />
          <BusyButton busy={busy} busyLabel="Unlocking…" testId="unlock-submit">
            Unlock
          </BusyButton>
        </form>
        <p class="panel-aside">
          <button
            type="button"
            class="link-button"
            onClick={onForgot}
            data-testid="forgot-passphrase"
          >
            Forgot your passphrase?
          </button>
          <span aria-hidden="true"> · </span>
          <button type="button" class="link-button" onClick={onRestore} data-testid="restore-from-backup">
            Restore from a backup
          </button>
        </p>
        <JournalChoice list={journals} onChosen={onJournalChosen} />
      </div>
    </main>
  );
}
