// Settings → Passphrase and keys: change the passphrase, or renew every key when a secret may
// have been seen. Both ask for the current passphrase first (the core refuses either without
// it), so nobody passing an unlocked computer can lock its owner out or take the keys.
import { useState } from 'preact/hooks';
import * as api from '../api';
import type { NewKeys } from '../bindings/NewKeys';
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

type NewKeysProps = { onClose: () => void; onNewKeys: (keys: NewKeys) => void };

/** For when the passphrase or the recovery key may have been seen: every key at once. */
export function NewKeysDialog({ onClose, onNewKeys }: NewKeysProps) {
  const [current, setCurrent] = useState('');
  return (
    <Dialog title="A fresh start for your keys" onClose={onClose} testId="new-keys-dialog" wide>
      <p>
        If your passphrase or your recovery key may have been seen, Kintsugi can change every key at
        once: your journal is sealed again under a new key, with a new passphrase and a new recovery
        key, and a new sharing key if you write letters. Nothing you wrote changes, and the old
        passphrase and recovery key no longer open this journal.
      </p>
      <NewPassphraseForm
        passphraseLabel="New passphrase"
        submitLabel="Change every key"
        busyLabel="Sealing under new keys…"
        submitTestId="new-keys-submit"
        before={<CurrentPassphrase value={current} onInput={setCurrent} />}
        onSubmit={async (passphrase) => onNewKeys(await api.newKeys(current, passphrase))}
      />
    </Dialog>
  );
}
