import * as api from '../api';
import { Mark } from '../controls/icons';
import type { VaultState } from '../bindings/VaultState';
import { chosenName, JournalChoice, useJournals } from './journal-choice';
import { NewPassphraseForm } from './new-passphrase-form';

type Props = {
  onCreated: (recoveryKey: string) => void;
  onRestore: () => void;
  /** Another journal on this computer was chosen, or a new one added. */
  onJournalChosen: (state: VaultState) => void;
};

export function WelcomeScreen({ onCreated, onRestore, onJournalChosen }: Props) {
  const journals = useJournals();
  const name = chosenName(journals);
  return (
    <main class="screen-center">
      <div class="split">
        <section class="split-intro">
          <Mark size={96} />
          <h1 class="page-title">{name ? 'A new journal' : 'Welcome to Kintsugi'}</h1>
          {name && (
            <p class="lede" data-testid="new-journal-named">
              <strong dir="auto">{name}</strong>, with its own passphrase.
            </p>
          )}
          <p class="lede">
            A private journal for the slow work of rebuilding trust. What you write is encrypted
            and stays on this computer: no account, no cloud.
          </p>
          <p class="aside">
            Kintsugi is the Japanese craft of mending broken pottery with gold, so the repair
            becomes part of the bowl's story.
          </p>
        </section>
        <section class="card" aria-label="Create your journal">
          <NewPassphraseForm
            passphraseLabel="Choose a passphrase"
            submitLabel="Create my journal"
            busyLabel="Creating your journal…"
            submitTestId="create-vault"
            onSubmit={async (passphrase) => onCreated(await api.createVault(passphrase))}
          >
            <p class="note">
              Nobody can reset this passphrase, not even us. Next you will get a recovery key:
              the one way back in if the passphrase is ever forgotten.
            </p>
          </NewPassphraseForm>
          <p class="panel-aside restore-aside">
            Kept a Kintsugi journal before?{' '}
            <button type="button" class="link-button" onClick={onRestore} data-testid="restore-from-backup">
              Restore from a backup
            </button>
          </p>
          {journals && journals.journals.length > 1 && <JournalChoice list={journals} onChosen={onJournalChosen} />}
        </section>
      </div>
    </main>
  );
}
