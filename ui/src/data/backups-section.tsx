// Settings → Backups: where encrypted backups go, when the last one was written, and a kind word
// when they have stopped.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { BackupStatus } from '../bindings/BackupStatus';
import { BusyButton } from '../controls/busy-button';
import * as clock from '../clock';
import { backupSummary } from './words';
import './data.css';

export function BackupsSection() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [busy, setBusy] = useState<'choosing' | 'backing-up' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.backupStatus().then(setStatus, (reason) => setError(toCommandError(reason).message));
  }, []);

  const run = async (kind: 'choosing' | 'backing-up', step: () => Promise<BackupStatus | null>) => {
    setBusy(kind);
    setError(null);
    try {
      const next = await step();
      if (next) setStatus(next);
    } catch (reason) {
      setError(toCommandError(reason).message);
      api.backupStatus().then(setStatus, () => undefined);
    } finally {
      setBusy(null);
    }
  };

  if (!status) {
    return (
      <section class="settings-section" aria-busy="true">
        <h3 class="settings-heading">Backups</h3>
        <p class="form-error" role="alert">
          {error}
        </p>
      </section>
    );
  }

  const { line, warning } = backupSummary(status, clock.now());
  return (
    <section class="settings-section" aria-labelledby="backups-heading" data-testid="backups-section">
      <h3 class="settings-heading" id="backups-heading">
        Backups
      </h3>
      <p data-testid="backup-line">{line}</p>
      {warning && (
        <p class="callout callout-plain" data-testid="backup-warning">
          {warning}
        </p>
      )}
      <p class="note">
        Each backup is encrypted: it opens only with your passphrase or your recovery key, in Kintsugi or
        with the standard age tool.
      </p>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="button-row">
        {status.folder && (
          <BusyButton
            type="button"
            variant="secondary"
            busy={busy === 'backing-up'}
            busyLabel="Backing up…"
            onClick={() => run('backing-up', api.backUpNow)}
            testId="back-up-now"
          >
            Back up now
          </BusyButton>
        )}
        <BusyButton
          type="button"
          variant={status.folder ? 'secondary' : 'primary'}
          busy={busy === 'choosing'}
          busyLabel="Backing up…"
          onClick={() => run('choosing', api.chooseBackupFolder)}
          testId="choose-backup-folder"
        >
          {status.folder ? 'Change folder…' : 'Choose a folder…'}
        </BusyButton>
        {status.folder && (
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => run('choosing', api.stopBackups)}
            data-testid="stop-backups"
          >
            Turn off
          </button>
        )}
      </div>
    </section>
  );
}
