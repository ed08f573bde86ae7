// Forgotten passphrase: the recovery key opens the vault, then a new passphrase replaces the old.
import { useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import { BusyButton } from '../controls/busy-button';
import { Field } from '../controls/field';
import { Mark } from '../controls/icons';
import { NewPassphraseForm } from './new-passphrase-form';
import { normaliseKeyInput } from './recovery-key';

type Props = { onDone: () => void; onBack: () => void };

export function RecoverScreen({ onDone, onBack }: Props) {
  const [step, setStep] = useState<'key' | 'passphrase'>('key');
  return (
    <main class="screen-center">
      <div class="panel">
        <Mark size={72} />
        {step === 'key' ? (
          <EnterKey onUnlocked={() => setStep('passphrase')} onBack={onBack} />
        ) : (
          <>
            <h1 class="page-title">Choose a new passphrase</h1>
            <p class="lede">
              Your journal is open. Choose a new passphrase to use from now on; your recovery key
              stays the same.
            </p>
            <NewPassphraseForm
              passphraseLabel="New passphrase"
              submitLabel="Save and open my journal"
              busyLabel="Saving your passphrase…"
              submitTestId="set-passphrase"
              onSubmit={async (passphrase) => {
                await api.changePassphrase(passphrase);
                onDone();
              }}
            />
          </>
        )}
      </div>
    </main>
  );
}

function EnterKey({ onUnlocked, onBack }: { onUnlocked: () => void; onBack: () => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const recoveryKey = normaliseKeyInput(key);
    if (!recoveryKey) {
      setError('Type or paste your recovery key.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.unlockWithRecoveryKey(recoveryKey);
      onUnlocked();
    } catch (reason) {
      setBusy(false);
      setError(toCommandError(reason).message);
      input.current?.focus();
      input.current?.select();
    }
  };

  return (
    <>
      <h1 class="page-title">Use your recovery key</h1>
      <p class="lede">
        The key you saved when you made your journal starts with AGE-SECRET-KEY-1. Spaces and
        capitals do not matter.
      </p>
      <form class="form" onSubmit={submit} noValidate>
        <Field
          label="Recovery key"
          value={key}
          onInput={(value) => {
            setKey(value);
            setError(null);
          }}
          error={error}
          inputRef={input}
          monospace
          autoFocus
          input={{ autocapitalize: 'characters', 'data-testid': 'recovery-key-input' }}
        />
        <div class="button-row button-row-spread">
          <button type="button" class="btn btn-quiet" onClick={onBack}>
            Back
          </button>
          <BusyButton busy={busy} busyLabel="Checking…" testId="recovery-submit">
            Continue
          </BusyButton>
        </div>
      </form>
    </>
  );
}
