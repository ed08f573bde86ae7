// Restoring from a backup, from the welcome and unlock screens or from Settings: choose the file,
// say what opens it, and, when a journal is already here, confirm that it will be set aside.
import { useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { BackupSecret } from '../bindings/BackupSecret';
import type { ChosenBackup } from '../bindings/ChosenBackup';
import { BusyButton } from '../controls/busy-button';
import { Field } from '../controls/field';
import { Mark } from '../controls/icons';
import { NewPassphraseForm } from '../vault/new-passphrase-form';
import { normaliseKeyInput } from '../vault/recovery-key';
import './data.css';

type Props = {
  /** Called with the restored journal's new recovery key, to be shown once. */
  onRestored: (recoveryKey: string) => void;
  onBack: () => void;
};

type Step =
  | { name: 'choose' }
  | { name: 'open'; backup: ChosenBackup }
  | { name: 'new-passphrase'; backup: ChosenBackup; recoveryKey: string };

export function RestoreScreen({ onRestored, onBack }: Props) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);

  const restore = async (secret: BackupSecret, newPassphrase: string | null) =>
    onRestored(await api.restoreChosenBackup(secret, newPassphrase));

  return (
    <main class="screen-center">
      <div class="panel panel-wide" data-testid="restore-screen">
        <Mark size={72} />
        <h1 class="page-title">Restore from a backup</h1>
        {step.name === 'choose' ? (
          <ChooseBackup
            error={error}
            onChosen={(backup) => {
              setError(null);
              setStep({ name: 'open', backup });
            }}
            onBack={onBack}
          />
        ) : step.name === 'open' ? (
          <OpenBackup
            backup={step.backup}
            error={error}
            onPassphrase={async (passphrase) => {
              setError(null);
              await restore({ kind: 'passphrase', value: passphrase }, null);
            }}
            onRecoveryKey={(recoveryKey) => {
              setError(null);
              setStep({ name: 'new-passphrase', backup: step.backup, recoveryKey });
            }}
            onBack={() => setStep({ name: 'choose' })}
          />
        ) : (
          <>
            <p class="lede">
              Choose a passphrase for the restored journal. You will type it each time you open it.
            </p>
            <NewPassphraseForm
              passphraseLabel="New passphrase"
              submitLabel="Restore my journal"
              busyLabel="Restoring…"
              submitTestId="restore-submit"
              onSubmit={async (passphrase) => {
                try {
                  await restore({ kind: 'recoveryKey', value: step.recoveryKey }, passphrase);
                } catch (reason) {
                  const failure = toCommandError(reason);
                  if (failure.kind === 'weak_passphrase') throw failure;
                  setError(failure.message);
                  setStep({ name: 'open', backup: step.backup });
                }
              }}
            />
          </>
        )}
      </div>
    </main>
  );
}

function ChooseBackup(props: { error: string | null; onChosen: (backup: ChosenBackup) => void; onBack: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(props.error);
  const choose = async () => {
    setBusy(true);
    setError(null);
    try {
      const backup = await api.chooseBackupToRestore();
      if (backup) props.onChosen(backup);
    } catch (reason) {
      setError(toCommandError(reason).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p class="lede">
        Choose a backup file (its name starts with kintsugi-backup-) or an encrypted copy you exported. It
        opens with the passphrase or the recovery key of the journal it came from.
      </p>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="button-row button-row-spread">
        <button type="button" class="btn btn-quiet" onClick={props.onBack} data-testid="restore-back">
          Back
        </button>
        <BusyButton type="button" busy={busy} busyLabel="Choosing…" onClick={choose} testId="restore-choose">
          Choose a backup…
        </BusyButton>
      </div>
    </>
  );
}

type OpenProps = {
  backup: ChosenBackup;
  error: string | null;
  onPassphrase: (passphrase: string) => Promise<void>;
  onRecoveryKey: (recoveryKey: string) => void;
  onBack: () => void;
};

function OpenBackup({ backup, error: shownError, onPassphrase, onRecoveryKey, onBack }: OpenProps) {
  const [using, setUsing] = useState<'passphrase' | 'recovery-key'>('passphrase');
  const [secret, setSecret] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(shownError);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const replacing = backup.setsAsideInto !== null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (replacing && !confirmed) {
      setError('Tick the box above to confirm that this journal will be set aside.');
      return;
    }
    if (using === 'recovery-key') {
      const key = normaliseKeyInput(secret);
      if (!key) {
        setError('Type or paste the recovery key.');
        input.current?.focus();
        return;
      }
      onRecoveryKey(key);
      return;
    }
    if (!secret) {
      setError('Type the passphrase of the journal this backup came from.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onPassphrase(secret);
    } catch (reason) {
      setBusy(false);
      setError(toCommandError(reason).message);
      input.current?.focus();
      input.current?.select();
    }
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      <p class="restore-file" data-testid="restore-file">
        {backup.name}
      </p>
      {replacing && (
        <div class="callout callout-plain">
          <p>
            Restoring replaces the journal on this computer with the one in the backup. The journal here now is
            not deleted: it is moved, still encrypted, into <span class="path">{backup.setsAsideInto}</span>, and
            opens there with its own passphrase.
          </p>
          <label class="check-field">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => {
                setConfirmed(event.currentTarget.checked);
                setError(null);
              }}
              data-testid="restore-confirm"
            />
            Replace the journal on this computer
          </label>
        </div>
      )}
      <fieldset class="segmented" aria-label="What opens the backup">
        {(['passphrase', 'recovery-key'] as const).map((choice) => (
          <label key={choice} class={using === choice ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name="restore-secret"
              checked={using === choice}
              onChange={() => {
                setUsing(choice);
                setSecret('');
                setError(null);
                input.current?.focus();
              }}
              data-testid={`restore-with-${choice}`}
            />
            {choice === 'passphrase' ? 'Its passphrase' : 'Its recovery key'}
          </label>
        ))}
      </fieldset>
      <Field
        label={using === 'passphrase' ? 'Passphrase' : 'Recovery key'}
        value={secret}
        onInput={(value) => {
          setSecret(value);
          setError(null);
        }}
        hint={
          using === 'passphrase'
            ? 'The restored journal keeps this passphrase. The file kintsugi-identity.age must be beside the backup.'
            : 'It starts with AGE-SECRET-KEY-1. Next you will choose a new passphrase.'
        }
        error={error}
        errorTestId="restore-error"
        inputRef={input}
        monospace={using === 'recovery-key'}
        autoFocus
        input={
          using === 'passphrase'
            ? { type: 'password', autocomplete: 'off', 'data-testid': 'restore-secret' }
            : { type: 'text', autocomplete: 'off', autocapitalize: 'characters', 'data-testid': 'restore-secret' }
        }
      />
      <div class="button-row button-row-spread">
        <button type="button" class="btn btn-quiet" onClick={onBack}>
          Choose another
        </button>
        <BusyButton busy={busy} busyLabel="Restoring…" testId="restore-open">
          {using === 'passphrase' ? 'Restore my journal' : 'Continue'}
        </BusyButton>
      </div>
    </form>
  );
}
