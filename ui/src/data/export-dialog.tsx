// Taking a copy out: choose the kind, read whether it is encrypted, then choose where.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { ExportFormat } from '../bindings/ExportFormat';
import { BusyButton } from '../controls/busy-button';
import { ChoiceList } from '../controls/choice-list';
import { Dialog } from '../controls/dialog';
import { EXPORT_CHOICES } from './words';
import './data.css';

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [format, setFormat] = useState<ExportFormat>('encrypted');
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.exportNotice(format).then(
      (text) => current && setNotice(text),
      (reason) => current && setError(toCommandError(reason).message),
    );
    return () => {
      current = false;
    };
  }, [format]);

  const save = async () => {
    setBusy(true);
    setError(null);
    setWritten(null);
    try {
      setWritten(await api.exportJournal(format));
    } catch (reason) {
      setError(toCommandError(reason).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Export a copy" onClose={onClose} testId="export-dialog" wide>
      <ChoiceList
        legend="What kind of copy"
        choices={EXPORT_CHOICES}
        chosen={format}
        onChoose={(next) => {
          setFormat(next);
          setWritten(null);
        }}
        testIdPrefix="export-"
        autofocus
      />
      <p class={format === 'encrypted' ? 'callout' : 'callout callout-plain'} data-testid="export-notice">
        {notice}
      </p>
      {written && (
        <p role="status" data-testid="export-written">
          Saved to <span class="path">{written}</span>.
        </p>
      )}
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="dialog-actions">
        <button type="button" class={written ? 'btn btn-primary' : 'btn btn-quiet'} onClick={onClose}>
          {written ? 'Done' : 'Close'}
        </button>
        <BusyButton
          type="button"
          variant={written ? 'secondary' : 'primary'}
          busy={busy}
          busyLabel="Writing…"
          onClick={save}
          testId="export-save"
        >
          {written ? 'Save another…' : 'Choose where to save…'}
        </BusyButton>
      </div>
    </Dialog>
  );
}
