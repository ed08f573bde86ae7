// Letters between the two partners, as a thread by date: write one, open one from a file or
// pasted text, and reply. Sealed with the sharing keys in Settings, never sent through a server.
import { useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { LetterView } from '../bindings/LetterView';
import type { SharingKey } from '../bindings/SharingKey';
import { Dialog } from '../controls/dialog';
import { PlusIcon } from '../controls/icons';
import { countOf } from '../records/labels';
import { RecordList } from '../records/record-list';
import { RecordPage } from '../records/record-page';
import { useLoaded } from '../records/use-loaded';
import { localDay } from '../journal/dates';
import { MarkdownView } from '../writing/markdown-view';
import { LetterDialog } from './letter-dialog';
import { ProposalCard } from './proposal';
import { letterAuthor, letterKindLabel, writtenLabel } from './words';
import './letters.css';

type Props = { onError: (reason: unknown) => void };

type Shown = { letters: LetterView[]; partner: SharingKey | null };

async function loadLetters(): Promise<Shown> {
  const [letters, partner] = await Promise.all([api.letters(), api.partnerKey()]);
  return { letters, partner };
}

type ItemProps = { letter: LetterView; onReply: () => void; onAccept: () => void };

function LetterItem({ letter, onReply, onAccept }: ItemProps) {
  return (
    <li class={letter.fromMe ? 'letter-item letter-mine' : 'letter-item'} data-testid="letter-item" data-letter-id={letter.id}>
      <p class="letter-meta">
        <span>{letterAuthor(letter)}</span>
        <span>{letterKindLabel(letter.kind)}</span>
        <time dateTime={letter.written}>{writtenLabel(letter.written)}</time>
      </p>
      <div class="letter-text letter-read" data-testid="letter-item-text">
        <MarkdownView title="" text={letter.text} />
      </div>
      {letter.proposal && (
        <ProposalCard proposal={letter.proposal}>
          {letter.agreement ? (
            <p class="proposal-added" data-testid="proposal-added">
              In your agreements
            </p>
          ) : (
            <button type="button" class="btn btn-secondary btn-small" onClick={onAccept} data-testid="proposal-accept">
              Add to our agreements
            </button>
          )}
        </ProposalCard>
      )}
      {!letter.fromMe && (
        <button type="button" class="btn btn-quiet btn-small" onClick={onReply} data-testid="letter-reply">
          Reply
        </button>
      )}
    </li>
  );
}

function PasteLetterDialog({ onOpened, onClose }: { onOpened: (letter: LetterView) => void; onClose: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title="Paste a letter" onClose={onClose} testId="paste-letter-dialog" wide>
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          api.openLetterText(text).then(onOpened, (reason) => setError(toCommandError(reason).message));
        }}
      >
        <label class="field-label" for="pasted-letter">
          The letter, from -----BEGIN AGE ENCRYPTED FILE----- to its end
        </label>
        <textarea
          id="pasted-letter"
          class="input letter-input letter-pasted"
          rows={8}
          spellcheck={false}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          data-testid="pasted-letter"
          data-autofocus
        />
        <p class="form-error" role="alert" data-testid="paste-letter-error">
          {error}
        </p>
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={text.trim() === ''} data-testid="open-pasted-letter">
            Open
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function LettersView({ onError }: Props) {
  const [revision, setRevision] = useState(0);
  const loaded = useLoaded<Shown>(loadLetters, onError, revision);
  const [writing, setWriting] = useState<{ replyTo: LetterView | null } | null>(null);
  const [pasting, setPasting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = loaded.data;
  const reload = () => setRevision((n) => n + 1);

  const openFile = () => {
    setNotice(null);
    setProblem(null);
    api.openLetterFile().then(
      (letter) => {
        if (!letter) return;
        setNotice(`A letter from your partner is open below: ${letterKindLabel(letter.kind).toLowerCase()}.`);
        reload();
      },
      (reason) => setProblem(toCommandError(reason).message),
    );
  };

  const accept = (letter: LetterView) => {
    setNotice(null);
    setProblem(null);
    api.acceptProposal(letter.id, localDay()).then(
      () => {
        setNotice('Added to your agreements from today. Mark it on Today, or see it under Agreements.');
        reload();
      },
      (reason) => setProblem(toCommandError(reason).message),
    );
  };

  const canWrite = shown?.partner != null;
  return (
    <RecordPage
      title="Letters"
      testId="letters-view"
      meta={shown && shown.letters.length > 0 ? countOf(shown.letters.length, 'letter', 'letters') : 'Sealed so only the two of you can read them.'}
      action={
        <button type="button" class="btn btn-primary" disabled={!canWrite} onClick={() => setWriting({ replyTo: null })} data-testid="letter-write">
          <PlusIcon />
          Letter
        </button>
      }
    >
      {shown && !shown.partner && (
        <p class="callout callout-plain" data-testid="letters-need-key">
          To write or open letters, add your partner’s sharing key in Settings, under Letters to
          your partner, and give them yours.
        </p>
      )}
      <div class="button-row letters-tools">
        <button type="button" class="btn btn-secondary" disabled={!canWrite} onClick={openFile} data-testid="letter-open-file">
          Open a letter…
        </button>
        <button type="button" class="btn btn-quiet" disabled={!canWrite} onClick={() => setPasting(true)} data-testid="letter-paste">
          Paste a letter
        </button>
      </div>
      <p role="status" data-testid="letters-notice">
        {notice}
      </p>
      <p class="form-error" role="alert" data-testid="letters-problem">
        {problem}
      </p>
      <RecordList
        records={shown?.letters ?? null}
        failed={loaded.failed}
        failedMessage="Your letters could not be opened just now."
        empty="No letters yet. An apology, what it did to you, a thank-you, a request: some things are easier to say in writing, and to read twice."
        emptyTestId="letters-empty"
      >
        {(letters) => (
          <ol class="letter-list">
            {letters.map((letter) => (
              <LetterItem
                key={letter.id}
                letter={letter}
                onReply={() => setWriting({ replyTo: letter })}
                onAccept={() => accept(letter)}
              />
            ))}
          </ol>
        )}
      </RecordList>
      {writing && (
        <LetterDialog
          replyTo={writing.replyTo}
          onSent={(sent) => {
            setWriting(null);
            setNotice(`Sealed and saved: ${sent.path}. Pass it on however you like; only your partner and you can open it.`);
            reload();
          }}
          onKept={() => {
            setWriting(null);
            setNotice('Kept in your journal as today’s entry. It will be there tomorrow.');
          }}
          onClose={() => setWriting(null)}
        />
      )}
      {pasting && (
        <PasteLetterDialog
          onOpened={() => {
            setPasting(false);
            setNotice('The letter is open below.');
            reload();
          }}
          onClose={() => setPasting(false)}
        />
      )}
    </RecordPage>
  );
}
