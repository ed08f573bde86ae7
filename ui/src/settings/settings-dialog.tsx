import { useId, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { Settings } from '../bindings/Settings';
import type { Theme } from '../bindings/Theme';
import { Dialog } from '../controls/dialog';
import { Field } from '../controls/field';
import { BackupsSection } from '../data/backups-section';
import { SharingSection } from '../sharing/sharing-section';
import { JournalNameSection } from './journal-name-section';
import { RoleChoices } from '../vault/role-choices';
import { chooseRole, useRole } from '../writing/role';

const MIN_AUTO_LOCK = 1;
const MAX_AUTO_LOCK = 120;

const MINUTES_PROBLEM =
  `Choose a whole number of minutes from ${MIN_AUTO_LOCK} to ${MAX_AUTO_LOCK}.`;

const THEMES: { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Follow the system' },
];

/** A whole number of minutes in range, or null. */
export function parseAutoLockMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= MIN_AUTO_LOCK && minutes <= MAX_AUTO_LOCK ? minutes : null;
}

type Props = {
  settings: Settings;
  onChange: (settings: Settings) => void;
  onClose: () => void;
  onImport: () => void;
  onExport: () => void;
  /** Locks, then offers to restore a backup in place of this journal. */
  onRestore: () => void;
  onChangePassphrase: () => void;
  onNewKeys: () => void;
  onSupport: () => void;
};

export function SettingsDialog(props: Props) {
  const { settings, onChange, onClose, onImport, onExport, onRestore, onChangePassphrase, onNewKeys, onSupport } = props;
  const themeId = useId();
  const role = useRole();
  const [minutesText, setMinutesText] = useState(String(settings.autoLockMinutes));
  const [saveError, setSaveError] = useState<string | null>(null);
  const minutesValid = parseAutoLockMinutes(minutesText) !== null;

  // Shown at once, then confirmed by what the Rust side stored; undone if storing fails.
  const store = async (next: Settings) => {
    const previous = settings;
    onChange(next);
    setSaveError(null);
    try {
      onChange(await api.setSettings(next));
    } catch (reason) {
      onChange(previous);
      setSaveError(toCommandError(reason).message);
    }
  };

  return (
    <Dialog title="Settings" onClose={onClose} testId="settings-dialog" wide>
      <div class="field">
        <label class="field-label" for={themeId}>
          Theme
        </label>
        <select
          id={themeId}
          class="input select"
          value={settings.theme}
          onChange={(event) => store({ ...settings, theme: event.currentTarget.value as Theme })}
          data-testid="theme-select"
          data-autofocus
        >
          {THEMES.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {theme.label}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Lock after this many minutes without activity"
        value={minutesText}
        onInput={(text) => {
          setMinutesText(text);
          const minutes = parseAutoLockMinutes(text);
          if (minutes !== null && minutes !== settings.autoLockMinutes) {
            store({ ...settings, autoLockMinutes: minutes });
          }
        }}
        hint="It locks too when your computer’s screen locks or it goes to sleep. Locking clears your journal from the screen and from memory."
        error={minutesValid ? null : MINUTES_PROBLEM}
        input={{
          type: 'number',
          inputMode: 'numeric',
          min: MIN_AUTO_LOCK,
          max: MAX_AUTO_LOCK,
          step: 1,
          class: 'input-short',
          'data-testid': 'autolock-input',
        }}
      />
      <label class="check-field">
        <input
          type="checkbox"
          checked={settings.lockWhenMinimised}
          onChange={(event) => store({ ...settings, lockWhenMinimised: event.currentTarget.checked })}
          data-testid="lock-when-minimised"
        />
        Also lock when the window is minimised
      </label>
      <label class="check-field">
        <input
          type="checkbox"
          checked={settings.showKeepRates}
          onChange={(event) => store({ ...settings, showKeepRates: event.currentTarget.checked })}
          data-testid="show-keep-rates"
        />
        Show how often agreements were kept as numbers
      </label>
      <p class="field-hint">Off, agreements say it in words, such as “kept most marked days”.</p>
      <p class="form-error" role="alert">
        {saveError}
      </p>
      <section class="settings-section" aria-labelledby="role-heading">
        <h3 class="settings-heading" id="role-heading">
          Whose journal this is
        </h3>
        <RoleChoices
          legend="The questions and the check-in are worded for"
          chosen={role}
          onChoose={(next) => chooseRole(next).catch((reason) => setSaveError(toCommandError(reason).message))}
        />
      </section>
      <JournalNameSection />
      <section class="settings-section" aria-labelledby="keys-heading">
        <h3 class="settings-heading" id="keys-heading">
          Passphrase and keys
        </h3>
        <div class="button-row">
          <button type="button" class="btn btn-secondary" onClick={onChangePassphrase} data-testid="open-change-passphrase">
            Change passphrase…
          </button>
          <button type="button" class="btn btn-quiet" onClick={onNewKeys} data-testid="open-new-keys">
            My passphrase or recovery key was seen…
          </button>
        </div>
      </section>
      <SharingSection />
      <BackupsSection />
      <section class="settings-section" aria-labelledby="data-heading">
        <h3 class="settings-heading" id="data-heading">
          Bring in and take out
        </h3>
        <p>Bring in the journal you kept before, take a copy with you, or go back to a backup.</p>
        <div class="button-row">
          <button type="button" class="btn btn-secondary" onClick={onImport} data-testid="open-import">
            Import…
          </button>
          <button type="button" class="btn btn-secondary" onClick={onExport} data-testid="open-export">
            Export…
          </button>
          <button type="button" class="btn btn-quiet" onClick={onRestore} data-testid="open-restore">
            Restore from a backup…
          </button>
        </div>
      </section>
      <section class="settings-section" aria-labelledby="help-heading">
        <h3 class="settings-heading" id="help-heading">
          Where to find help
        </h3>
        <p>What couples therapy, therapy of your own and support groups are for, and how to find someone qualified.</p>
        <div class="button-row">
          <button type="button" class="btn btn-secondary" onClick={onSupport} data-testid="settings-open-support">
            Where to find help…
          </button>
        </div>
      </section>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
