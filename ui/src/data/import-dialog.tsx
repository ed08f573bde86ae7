// Bringing in a journal kept elsewhere: choose, read what it holds, then import it all at once
// with a progress bar and a way to stop. Nothing is written before the person says so.
import { listen } from '@tauri-apps/api/event';
import { useEffect, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { ImportFrom } from '../bindings/ImportFrom';
import type { ImportSummary } from '../bindings/ImportSummary';
import { Dialog } from '../controls/dialog';
import { count, droppedLine, FORMAT_NAMES, importAction, importHeadline, percentDone } from './words';
import './data.css';

type Step =
  | { name: 'choose'; error: string | null }
  | { name: 'reading' }
  | { name: 'preview'; summary: ImportSummary }
  | { name: 'importing'; summary: ImportSummary; done: number; total: number; stopping: boolean }
  | { name: 'finished'; imported: number; cancelled: boolean };

const SHOWN_PROBLEMS = 6;

type Props = {
  onClose: () => void;
  /** Called on closing after records were added, so the journal's lists show them. */
  onImported: () => void;
};

export function ImportDialog({ onClose, onImported }: Props) {
  const [step, setStep] = useState<Step>({ name: 'choose', error: null });

  useEffect(() => {
    let stop: (() => void) | null = null;
    let closed = false;
    void listen<[number, number]>('import-progress', ({ payload: [done, total] }) =>
      setStep((current) => (current.name === 'importing' ? { ...current, done, total } : current)),
    ).then((unlisten) => (closed ? unlisten() : (stop = unlisten)));
    return () => {
      closed = true;
      stop?.();
    };
  }, []);

  const choose = async (from: ImportFrom) => {
    setStep({ name: 'reading' });
    try {
      const summary = await api.chooseImport(from);
      setStep(summary ? { name: 'preview', summary } : { name: 'choose', error: null });
    } catch (reason) {
      setStep({ name: 'choose', error: toCommandError(reason).message });
    }
  };

  const start = async (summary: ImportSummary) => {
    setStep({ name: 'importing', summary, done: 0, total: summary.entries + summary.other_records, stopping: false });
    try {
      setStep({ name: 'finished', ...(await api.importPreviewed()) });
    } catch (reason) {
      setStep({ name: 'choose', error: `Nothing was imported. ${toCommandError(reason).message}` });
    }
  };

  const close = () => {
    if (step.name === 'importing') return;
    if (step.name === 'finished' && step.imported > 0) return onImported();
    if (step.name === 'preview') void api.forgetImport();
    onClose();
  };

  return (
    <Dialog title="Bring in a journal" onClose={close} testId="import-dialog" wide>
      {step.name === 'choose' || step.name === 'reading' ? (
        <Choose busy={step.name === 'reading'} error={step.name === 'choose' ? step.error : null} onChoose={choose} onClose={close} />
      ) : step.name === 'preview' ? (
        <Preview summary={step.summary} onImport={() => start(step.summary)} onBack={() => {
          void api.forgetImport();
          setStep({ name: 'choose', error: null });
        }} />
      ) : step.name === 'importing' ? (
        <Importing
          {...step}
          onStop={() => {
            setStep({ ...step, stopping: true });
            void api.cancelImport();
          }}
        />
      ) : (
        <Finished
          imported={step.imported}
          cancelled={step.cancelled}
          onClose={() => (step.imported > 0 ? onImported() : onClose())}
        />
      )}
    </Dialog>
  );
}

function Choose(props: { busy: boolean; error: string | null; onChoose: (from: ImportFrom) => void; onClose: () => void }) {
  const { busy, error, onChoose, onClose } = props;
  return (
    <>
      <p>
        Bring in entries from <strong>Day One</strong> (its JSON export, zipped or not),{' '}
        <strong>jrnl</strong> (its journal file or JSON export), a folder of <strong>Markdown</strong>{' '}
        notes, or a copy exported from <strong>Kintsugi</strong>.
      </p>
      <p class="note">You will see what the file holds before anything is added. Entries already here are skipped.</p>
      {busy && (
        <p class="note" role="status" aria-busy="true">
          Reading…
        </p>
      )}
      <p class="form-error" role="alert" data-testid="import-error">
        {error}
      </p>
      <div class="dialog-actions dialog-actions-wrap">
        <button type="button" class="btn btn-quiet" onClick={onClose}>
          Close
        </button>
        <button type="button" class="btn btn-secondary" disabled={busy} onClick={() => onChoose('folder')} data-testid="import-choose-folder">
          Choose a folder…
        </button>
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => onChoose('file')} data-testid="import-choose-file" data-autofocus>
          Choose a file…
        </button>
      </div>
    </>
  );
}

/** Moves focus to the step's main button when the step appears, as the dialog did on opening. */
function useFocusOnShow<T extends HTMLElement>() {
  const target = useRef<T>(null);
  useEffect(() => target.current?.focus(), []);
  return target;
}

function Preview({ summary, onImport, onBack }: { summary: ImportSummary; onImport: () => void; onBack: () => void }) {
  const [showAll, setShowAll] = useState(false);
  const importButton = useFocusOnShow<HTMLButtonElement>();
  const backButton = useFocusOnShow<HTMLButtonElement>();
  const nothingNew = summary.entries + summary.other_records === 0;
  const problems = showAll ? summary.problems : summary.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <div class="import-preview" data-testid="import-preview">
      <p class="import-source">
        {FORMAT_NAMES[summary.format]} · {summary.name}
      </p>
      <p class="lede" data-testid="import-headline">
        {importHeadline(summary)}
      </p>
      <ul class="import-facts">
        {summary.already_there > 0 && (
          <li>{count(summary.already_there, 'entry is', 'entries are')} already in your journal and will be skipped.</li>
        )}
        {summary.dropped.map((dropped) => (
          <li key={dropped.kind}>{droppedLine(dropped)}</li>
        ))}
      </ul>
      {summary.problems.length > 0 && (
        <section class="import-problems" aria-label="What could not be read">
          <p>
            {summary.problems.length === 1 ? 'One note' : `${summary.problems.length.toLocaleString('en-GB')} notes`} on
            the file, each with its place in it. What could not be read is left out; everything else comes in.
          </p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                <span class="import-place">{problem.place}</span> {problem.message}
              </li>
            ))}
          </ul>
          {!showAll && summary.problems.length > SHOWN_PROBLEMS && (
            <button type="button" class="link-button" onClick={() => setShowAll(true)}>
              Show all {summary.problems.length.toLocaleString('en-GB')}
            </button>
          )}
        </section>
      )}
      <div class="dialog-actions">
        <button type="button" class="btn btn-quiet" onClick={onBack} data-testid="import-back" ref={nothingNew ? backButton : undefined}>
          Choose another
        </button>
        {!nothingNew && (
          <button type="button" class="btn btn-primary" onClick={onImport} data-testid="import-start" ref={importButton}>
            {importAction(summary)}
          </button>
        )}
      </div>
    </div>
  );
}

function Finished({ imported, cancelled, onClose }: { imported: number; cancelled: boolean; onClose: () => void }) {
  const done = useFocusOnShow<HTMLButtonElement>();
  return (
    <div data-testid="import-finished">
      <p class="lede" role="status">
        {cancelled
          ? 'The import was stopped. Your journal is exactly as it was.'
          : imported === 0
            ? 'Nothing new was added.'
            : `${count(imported, 'record is', 'records are')} now in your journal.`}
      </p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary" onClick={onClose} data-testid="import-done" ref={done}>
          Done
        </button>
      </div>
    </div>
  );
}

type ImportingProps = { summary: ImportSummary; done: number; total: number; stopping: boolean; onStop: () => void };

function Importing({ summary, done, total, stopping, onStop }: ImportingProps) {
  const stop = useFocusOnShow<HTMLButtonElement>();
  return (
    <div class="import-progress" data-testid="import-progress">
      <p>{stopping ? 'Stopping…' : `Importing ${FORMAT_NAMES[summary.format]} from ${summary.name}…`}</p>
      <progress class="progress" max={100} value={percentDone(done, total)} aria-label="Import progress" />
      <p class="note">Nothing is kept until the last entry is in, so stopping leaves your journal as it was.</p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-secondary" disabled={stopping} onClick={onStop} data-testid="import-cancel" ref={stop}>
          Stop
        </button>
      </div>
    </div>
  );
}
