// The recovery key is shown once, right after the vault is made. The person proves they kept
// a copy by typing a small part of it back before the journal opens.
import type { NewKeys } from '../bindings/NewKeys';
import { newKeysNotes } from './new-keys-notes';
import { useMemo, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import { Field } from '../controls/field';
import { CopyIcon, SaveIcon } from '../controls/icons';
import { checkAnswer, chooseCheckWindow, groupKey, groupsInWindow, type CheckWindow } from './recovery-key';

const NEW_KEY = {
  restored: {
    eyebrow: 'Your journal is back',
    lede: 'The restored journal has a key of its own: the recovery key you kept before still opens the backups made before today, but not this journal.',
  },
  rekeyed: {
    eyebrow: 'A fresh start for your keys',
    lede: 'Your journal is sealed under new keys, and opens with your new passphrase. The recovery key you kept before no longer opens it.',
  },
} as const;

type Props = {
  recoveryKey: string;
  onDone: () => void;
  /** Why there is a new key: the journal was restored from a backup, or given new keys. */
  reason?: 'restored' | 'rekeyed';
  /** After every key was renewed: what else changed. */
  newKeys?: NewKeys;
};

export function RecoveryKeyScreen({ recoveryKey, onDone, reason, newKeys }: Props) {
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  const checkWindow = useMemo(() => chooseCheckWindow(recoveryKey), [recoveryKey]);
  return step === 'show' ? (
    <ShowKey recoveryKey={recoveryKey} reason={reason} newKeys={newKeys} onSaved={() => setStep('confirm')} />
  ) : (
    <ConfirmKey
      recoveryKey={recoveryKey}
      checkWindow={checkWindow}
      onBack={() => setStep('show')}
      onDone={onDone}
    />
  );
}

/** With `asked`, every group but the prefix is hidden and the asked ones are marked. */
function KeyGroups({ recoveryKey, asked }: { recoveryKey: string; asked?: number[] }) {
  return (
    <>
      {groupKey(recoveryKey).map((group, index) => {
        if (!asked || index === 0) {
          return (
            <span key={index} class="key-group">
              {group}
            </span>
          );
        }
        const wanted = asked.includes(index);
        return (
          <span key={index} class={wanted ? 'key-group asked' : 'key-group hidden'}>
            {(wanted ? '?' : '•').repeat(group.length)}
          </span>
        );
      })}
    </>
  );
}

function ShowKey({ recoveryKey, reason, newKeys, onSaved }: { recoveryKey: string; reason: Props['reason']; newKeys?: NewKeys; onSaved: () => void }) {
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);

  const copy = async () => {
    try {
      const seconds = await api.copyRecoveryKey(recoveryKey);
      setNotice({
        text: `Copied. Paste it somewhere safe, away from this computer: Kintsugi clears it from the clipboard in ${seconds} seconds.`,
      });
    } catch {
      setNotice({
        text: 'Copying did not work here. Select the key and copy it by hand.',
        error: true,
      });
    }
  };

  const saveToFile = async () => {
    try {
      const saved = await api.saveRecoveryKey(recoveryKey);
      if (!saved) return;
      setNotice({
        text: saved.sameDiskAsJournal
          ? `Saved to ${saved.path}, readable only by you. That is the same disk as your journal, so a lost or broken computer would take both: a copy on a USB stick or on paper keeps you safe.`
          : `Saved to ${saved.path}, readable only by you. Keep it there, away from this computer.`,
      });
    } catch (reason) {
      setNotice({ text: toCommandError(reason).message, error: true });
    }
  };

  return (
    <main class="screen-center">
      <div class="panel panel-wide">
        <p class="eyebrow">{reason ? NEW_KEY[reason].eyebrow : 'One more step'}</p>
        <h1 class="page-title">{reason ? 'Your new recovery key' : 'Your recovery key'}</h1>
        {reason ? (
          <p class="lede" data-testid="recovery-key-is-new">
            {NEW_KEY[reason].lede} Write this one down or save it, and keep it somewhere safe, away
            from this computer.
          </p>
        ) : (
          <p class="lede">
            If you forget your passphrase, this key is the only way back in. We cannot reset it for
            you. Write it down or save it, and keep it somewhere safe, away from this computer.
          </p>
        )}
        {newKeys &&
          newKeysNotes(newKeys).map((note, index) => (
            <p key={index} class="notice" data-testid="new-keys-note">
              {note}
            </p>
          ))}
        <div
          class="key-block"
          role="group"
          aria-label="Recovery key"
          data-testid="recovery-key"
          data-key={recoveryKey}
        >
          <KeyGroups recoveryKey={recoveryKey} />
        </div>
        <div class="button-row">
          <button type="button" class="btn btn-secondary" onClick={copy}>
            <CopyIcon />
            Copy
          </button>
          <button type="button" class="btn btn-secondary" onClick={saveToFile}>
            <SaveIcon />
            Save to file…
          </button>
        </div>
        <p class={notice?.error ? 'notice notice-error' : 'notice'} role="status">
          {notice?.text}
        </p>
        <div class="panel-footer">
          <button
            type="button"
            class="btn btn-primary"
            onClick={onSaved}
            data-testid="recovery-saved"
          >
            I have saved it
          </button>
        </div>
      </div>
    </main>
  );
}

type ConfirmProps = {
  recoveryKey: string;
  checkWindow: CheckWindow;
  onBack: () => void;
  onDone: () => void;
};

function ConfirmKey({ recoveryKey, checkWindow, onBack, onDone }: ConfirmProps) {
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const asked = useMemo(() => groupsInWindow(recoveryKey, checkWindow), [recoveryKey, checkWindow]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (checkAnswer(recoveryKey, checkWindow, answer)) {
      onDone();
      return;
    }
    const span = `characters ${checkWindow.start} to ${checkWindow.end}`;
    setError(
      answer.trim()
        ? `That is not what ${span} say. Check your copy and try again.`
        : `Type ${span} of your recovery key.`,
    );
    input.current?.select();
  };

  return (
    <main class="screen-center">
      <div class="panel panel-wide">
        <p class="eyebrow">Check your copy</p>
        <h1 class="page-title">Type part of your key</h1>
        <p class="lede">
          From the copy you kept, type characters {checkWindow.start} to {checkWindow.end}: the two groups
          marked below. Spaces and capitals do not matter.
        </p>
        <div class="key-block key-block-masked" aria-hidden="true">
          <KeyGroups recoveryKey={recoveryKey} asked={asked} />
        </div>
        <form class="form" onSubmit={submit} noValidate>
          <Field
            label={`Characters ${checkWindow.start} to ${checkWindow.end}`}
            value={answer}
            onInput={(value) => {
              setAnswer(value);
              setError(null);
            }}
            error={error}
            inputRef={input}
            autoFocus
            monospace
            input={{
              autocapitalize: 'characters',
              'data-testid': 'recovery-confirm-input',
              'data-start': checkWindow.start,
              'data-end': checkWindow.end,
            }}
          />
          <div class="button-row button-row-spread">
            <button type="button" class="btn btn-quiet" onClick={onBack}>
              Back to the key
            </button>
            <button type="submit" class="btn btn-primary" data-testid="recovery-confirm-submit">
              Confirm and open my journal
            </button>
          </div>
        </form>
      </div>
    </main>
  );
}
