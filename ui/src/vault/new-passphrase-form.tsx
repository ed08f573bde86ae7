// Choosing a passphrase, at first run and after recovering with the recovery key: typed twice,
// with a strength hint, and whatever the Rust side says about it shown where it belongs.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { toCommandError } from '../api';
import type { CommandError } from '../bindings/CommandError';
import { BusyButton } from '../controls/busy-button';
import { Field } from '../controls/field';
import { StrengthMeter } from './strength-meter';

type NewPassphraseFormProps = {
  passphraseLabel: string;
  submitLabel: string;
  busyLabel: string;
  submitTestId: string;
  onSubmit: (passphrase: string) => Promise<void>;
  /** Anything shown before the fields, such as the current passphrase. */
  before?: ComponentChildren;
  /** Anything shown between the fields and the button. */
  children?: ComponentChildren;
};

const PASSPHRASE_HINT =
  'At least 8 characters. A few unrelated words are easy to remember and hard to guess.';

/** While the confirmation is still a beginning of the passphrase, it is not wrong yet. */
function confirmationProblem(
  passphrase: string,
  confirmation: string,
  final: boolean,
): string | null {
  if (final ? confirmation !== passphrase : !passphrase.startsWith(confirmation)) {
    return 'The two passphrases do not match.';
  }
  return null;
}

export function NewPassphraseForm(props: NewPassphraseFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [confirmationTouched, setConfirmationTouched] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [formError, setFormError] = useState<CommandError | null>(null);
  const [busy, setBusy] = useState(false);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const confirmationInput = useRef<HTMLInputElement>(null);

  const mismatch = confirmation
    ? confirmationProblem(passphrase, confirmation, confirmationTouched)
    : attempted && passphrase
      ? 'Type your passphrase again to confirm it.'
      : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setAttempted(true);
    if (!passphrase) {
      setPassphraseError('Choose a passphrase first.');
      passphraseInput.current?.focus();
      return;
    }
    if (passphrase !== confirmation) {
      setConfirmationTouched(true);
      confirmationInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(passphrase);
    } catch (reason) {
      const error = toCommandError(reason);
      if (error.kind === 'weak_passphrase') {
        setPassphraseError(error.message);
        passphraseInput.current?.focus();
      } else {
        setFormError(error);
      }
      setBusy(false);
    }
  };

  return (
    <form class="form" onSubmit={submit} noValidate>
      {props.before}
      <Field
        label={props.passphraseLabel}
        value={passphrase}
        onInput={(value) => {
          setPassphrase(value);
          setPassphraseError(null);
        }}
        inputRef={passphraseInput}
        autoFocus
        error={passphraseError}
        input={{
          type: 'password',
          autocomplete: 'new-password',
          'data-testid': 'new-passphrase',
        }}
      >
        <StrengthMeter
          passphrase={passphrase}
          hint={PASSPHRASE_HINT}
        />
      </Field>
      <Field
        label="Type it again"
        value={confirmation}
        onInput={setConfirmation}
        inputRef={confirmationInput}
        error={mismatch}
        input={{
          type: 'password',
          autocomplete: 'new-password',
          onBlur: () => setConfirmationTouched(true),
          'data-testid': 'confirm-passphrase',
        }}
      />
      {props.children}
      <p class="form-error" role="alert">
        {formError?.message}
      </p>
      <BusyButton busy={busy} busyLabel={props.busyLabel} testId={props.submitTestId}>
        {props.submitLabel}
      </BusyButton>
    </form>
  );
}
