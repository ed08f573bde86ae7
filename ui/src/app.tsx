// Which screen to show follows the vault's state on the Rust side; the page itself keeps no
// state worth keeping across a lock, which ends with a reload.
import { useEffect, useState } from 'preact/hooks';
import * as api from './api';
import { toCommandError } from './api';
import type { CommandError } from './bindings/CommandError';
import type { Settings } from './bindings/Settings';
import type { VaultState } from './bindings/VaultState';
import { Mark } from './controls/icons';
import { DamageBanner } from './data/damage-banner';
import { RestoreScreen } from './data/restore-screen';
import { JournalScreen } from './journal/journal-screen';
import { reportActivity } from './lock/activity';
import { RESTORE_HASH } from './lock/lock';
import { answerLockRequests } from './lock/lock-requests';
import { applyTheme } from './settings/theme';
import { RecoverScreen } from './vault/recover-screen';
import type { NewKeys } from './bindings/NewKeys';
import { RecoveryKeyScreen } from './vault/recovery-key-screen';
import { RoleScreen } from './vault/role-screen';
import { UnlockScreen } from './vault/unlock-screen';
import { WelcomeScreen } from './vault/welcome-screen';

type Screen =
  | { name: 'starting' }
  | { name: 'welcome' }
  | { name: 'recovery-key'; recoveryKey: string; reason?: 'restored' | 'rekeyed'; newKeys?: NewKeys }
  | { name: 'role' }
  | { name: 'unlock' }
  | { name: 'recover' }
  | { name: 'restore'; back: 'welcome' | 'unlock' }
  | { name: 'journal' }
  | { name: 'failed'; error: CommandError };

const SCREEN_FOR_STATE: Record<VaultState, Screen> = {
  absent: { name: 'welcome' },
  locked: { name: 'unlock' },
  unlocked: { name: 'journal' },
};

const DEFAULT_SETTINGS: Settings = { theme: 'system', autoLockMinutes: 5, lockWhenMinimised: false, showKeepRates: true, backupFolder: null };

/** The first screen: the vault's state decides, unless Settings locked to restore a backup. */
function firstScreen(state: VaultState): Screen {
  const restoring = window.location.hash === RESTORE_HASH;
  if (restoring) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  if (restoring && state !== 'unlocked') return { name: 'restore', back: state === 'absent' ? 'welcome' : 'unlock' };
  return SCREEN_FOR_STATE[state];
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'starting' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  /** Changes when records came in from elsewhere, so the journal screen starts afresh. */
  const [journalRevision, setJournalRevision] = useState(0);
  /** Changes when another journal on this computer is chosen, so its locked screen starts afresh. */
  const [chosenRevision, setChosenRevision] = useState(0);

  // Each journal keeps its own settings, its theme among them.
  const journalChosen = (state: VaultState) => {
    setChosenRevision((revision) => revision + 1);
    api.getSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    setScreen(SCREEN_FOR_STATE[state]);
  };

  useEffect(() => applyTheme(settings.theme), [settings.theme]);

  // On every screen: the idle deadline and the session's locks are kept on the Rust side.
  useEffect(() => {
    answerLockRequests().catch(() => undefined);
    return reportActivity((at) => void api.stillHere(at).catch(() => undefined));
  }, []);

  useEffect(() => {
    api.getSettings().then(setSettings, () => undefined);
    api.vaultState().then(
      (state) => setScreen(firstScreen(state)),
      (reason) => setScreen({ name: 'failed', error: toCommandError(reason) }),
    );
  }, []);

  switch (screen.name) {
    case 'starting':
      return <main class="screen-center" aria-busy="true" />;
    case 'welcome':
      return (
        <WelcomeScreen
          key={chosenRevision}
          onJournalChosen={journalChosen}
          onCreated={(recoveryKey) => setScreen({ name: 'recovery-key', recoveryKey })}
          onRestore={() => setScreen({ name: 'restore', back: 'welcome' })}
        />
      );
    case 'recovery-key':
      return (
        <RecoveryKeyScreen
          recoveryKey={screen.recoveryKey}
          reason={screen.reason}
          newKeys={screen.newKeys}
          // A new journal asks whose it is next; a restored or re-keyed one already knows.
          onDone={() => setScreen(screen.reason === undefined ? { name: 'role' } : { name: 'journal' })}
        />
      );
    case 'role':
      return <RoleScreen onDone={() => setScreen({ name: 'journal' })} />;
    case 'unlock':
      return (
        <UnlockScreen
          key={chosenRevision}
          onJournalChosen={journalChosen}
          onUnlocked={() => setScreen({ name: 'journal' })}
          onForgot={() => setScreen({ name: 'recover' })}
          onRestore={() => setScreen({ name: 'restore', back: 'unlock' })}
        />
      );
    case 'recover':
      return (
        <RecoverScreen
          onDone={() => setScreen({ name: 'journal' })}
          onBack={() => setScreen({ name: 'unlock' })}
        />
      );
    case 'restore':
      return (
        <RestoreScreen
          onRestored={(recoveryKey) => setScreen({ name: 'recovery-key', recoveryKey, reason: 'restored' })}
          onBack={() => setScreen(screen.back === 'welcome' ? { name: 'welcome' } : { name: 'unlock' })}
        />
      );
    case 'journal':
      return (
        <>
          <JournalScreen
            key={journalRevision}
            settings={settings}
            onSettingsChange={setSettings}
            onJournalReplaced={() => setJournalRevision((revision) => revision + 1)}
            onNewKeys={(newKeys) => setScreen({ name: 'recovery-key', recoveryKey: newKeys.recoveryKey, reason: 'rekeyed', newKeys })}
          />
          <DamageBanner onChanged={() => setJournalRevision((revision) => revision + 1)} />
        </>
      );
    case 'failed':
      return (
        <main class="screen-center">
          <div class="panel">
            <Mark size={72} />
            <h1 class="page-title">Kintsugi could not open your journal</h1>
            <p class="lede" role="alert">
              {screen.error.message}
            </p>
            <p class="note">Nothing has been changed or deleted.</p>
          </div>
        </main>
      );
  }
}
