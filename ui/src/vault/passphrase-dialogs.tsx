// Settings → Passphrase and keys: change the passphrase, or give the journal new keys. Both ask
// for the current passphrase first, so nobody passing an unlocked computer can lock its owner
// out or take the keys.
import { useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import { BusyButton } from '../controls/busy-button';
import { Dialog } from '../controls/dialog';
import { Field } from '../controls/field';
import { NewPassphraseForm } from './new-passphrase-form';

function CurrentPassphrase(props: { value: string; onInput: (value: string) => void; error?: string | null }) {
  return (
    <Field
      label="Your current passphrase"
      value={props.value}
      onInput={props.onInput}
      error={props.error}
      errorTestId="current-passphrase-error"
      input={{ type: 'password', autocomplete: 'current-password', 'data-testid': 'current-passphrase', 'data-autofocus': '' }}
    />
  );
}

export function ChangePassphraseDialog({ onClose }: { onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [changed, setChanged] = useState(false);
  return (
    <Dialog title="Change your passphrase" onClose={onClose} testId="change-passphrase-dialog" wide>
      {changed ? (
        <>
          <p class="lede" role="status" data-testid="passphrase-changed">
            Your passphrase is changed. Use the new one the next time you unlock; your recovery key
            stays the same.
          </p>
          <div class="dialog-actions">
            <button type="button" class="btn btn-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : (
        <NewPassphraseForm
          passphraseLabel="New passphrase"
          submitLabel="Change passphrase"
          busyLabel="Changing…"
          submitTestId="change-passphrase-submit"
          before={<CurrentPassphrase value={current} onInput={setCurrent} />}
          onSubmit={async (passphrase) => {
            await api.replacePassphrase(current, passphrase);
            setChanged(true);
          }}
        />
      )}
    </Dialog>
  );
}

type NewKeysProps = { onClose: () => void; onNewKeys: (recoveryKey: string) => void };

export function NewKeysDialog({ onClose, onNewKeys }: NewKeysProps) {
  const [current, setCurrent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!current) {
      setError('Type your current passphrase first.');
      return;
    }
    setBusy(true);
    try {
      onNewKeys(await api.newKeys(current));
    } catch (reason) {
      setBusy(false);
      setError(toCommandError(reason).message);
      form.current?.querySelector<HTMLInputElement>('input')?.select();
    }
  };

  return (
    <Dialog title="New keys" onClose={onClose} testId="new-keys-dialog" wide>
      <p>
        If your recovery key or your journal file may have been seen, Kintsugi can seal everything
        again under a new key. You will get a new recovery key to keep; the old one will no longer
        open this journal. Your passphrase stays the same.
      </p>
      <form class="form" onSubmit={submit} noValidate ref={form}>
        <CurrentPassphrase
          value={current}
          onInput={(value) => {
            setCurrent(value);
            setError(null);
          }}
          error={error}
        />
        <div class="dialog-actions">
          <button type="button" class="btn btn-quiet" onClick={onClose}>
            Cancel
          </button>
          <BusyButton busy={busy} busyLabel="Sealing under new keys…" testId="new-keys-submit">
            Make new keys
          </BusyButton>
        </div>
      </form>
    </Dialog>
  );
}
