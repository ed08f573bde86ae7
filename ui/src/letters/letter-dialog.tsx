// Writing a letter: the kind and the words, then a calm review before it is sealed. Letters
// written in a hard moment are better for a night's wait; the person can keep the words in
// the journal instead, or seal it anyway.
import { useState } from 'preact/hooks';
import * as api from '../api';
import type { LetterKind } from '../bindings/LetterKind';
import type { LetterView } from '../bindings/LetterView';
import type { Proposal } from '../bindings/Proposal';
import type { SentLetter } from '../bindings/SentLetter';
import { BusyButton } from '../controls/busy-button';
import { ChoiceList } from '../controls/choice-list';
import { Dialog } from '../controls/dialog';
import { useStep } from '../controls/use-step';
import { localDay } from '../journal/dates';
import { CheckField } from '../records/form-fields';
import { NO_PROPOSAL, ProposalCard, ProposalFields, proposalProblem } from './proposal';
import { LETTER_KINDS, letterKindLabel } from './words';

type Props = {
  /** The letter being answered, if any. */
  replyTo: LetterView | null;
  onSent: (sent: SentLetter) => void;
  /** The words were kept as a journal entry instead. */
  onKept: () => void;
  onClose: () => void;
};

export function LetterDialog({ replyTo, onSent, onKept, onClose }: Props) {
  const [kind, setKind] = useState<LetterKind | null>(replyTo ? 'reply' : null);
  const [text, setText] = useState('');
  const [proposing, setProposing] = useState(false);
  const [proposal, setProposal] = useState<Proposal>(NO_PROPOSAL);
  const [reviewing, setReviewing] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { busy, error, run } = useStep();

  const seal = () =>
    run(async () => {
      if (kind === null) return;
      const sent = await api.sealLetter({ kind, text, replyTo: replyTo?.id ?? null, proposal: proposing ? proposal : null });
      if (sent) onSent(sent);
    });

  const keepInJournal = () =>
    run(async () => {
      const title = `Letter not yet sealed: ${letterKindLabel(kind ?? 'request').toLowerCase()}`;
      await api.saveEntry({ id: null, day: localDay(), title, text, feelings: [], trust: null, tags: [], starred: false });
      onKept();
    });

  if (reviewing && kind !== null) {
    return (
      <Dialog title="Read it once more" onClose={onClose} testId="letter-review" wide>
        <p class="field-hint">
          {letterKindLabel(kind)}, sealed so that only your partner and you can open it.
        </p>
        <div class="letter-text letter-review-text" dir="auto" data-testid="letter-review-text">
          {text.trim()}
        </div>
        {proposing && <ProposalCard proposal={proposal} />}
        <p class="callout callout-plain" data-testid="letter-wait-note">
          If you wrote this in a hard moment, it can help to wait until tomorrow and read it again.
          You can keep it in your journal for now, or seal it anyway.
        </p>
        <p class="form-error" role="alert" data-testid="letter-error">
          {error}
        </p>
        <div class="dialog-actions letter-actions">
          <button type="button" class="btn btn-quiet" onClick={() => setReviewing(false)} data-testid="letter-keep-writing">
            Edit
          </button>
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={keepInJournal} data-testid="letter-wait">
            Keep it in my journal
          </button>
          <BusyButton type="button" busy={busy} busyLabel="Sealing…" onClick={seal} testId="letter-seal">
            Seal for your partner…
          </BusyButton>
        </div>
      </Dialog>
    );
  }

  const ready = kind !== null && text.trim() !== '';
  return (
    <Dialog title={replyTo ? 'Reply to a letter' : 'Write a letter'} onClose={onClose} testId="letter-dialog" wide>
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          const problem = proposing ? proposalProblem(proposal) : null;
          setFormError(problem);
          if (ready && !problem) setReviewing(true);
        }}
      >
        {!replyTo && (
          <ChoiceList legend="What kind of letter" choices={LETTER_KINDS} chosen={kind} onChoose={setKind} testIdPrefix="letter-kind-" autofocus />
        )}
        <label class="field-label" for="letter-text">
          Your letter
        </label>
        <textarea
          id="letter-text"
          class="input letter-input"
          dir="auto"
          rows={10}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          data-testid="letter-text"
          data-autofocus={replyTo ? true : undefined}
        />
        <CheckField label="Propose an agreement with this letter" checked={proposing} onChange={setProposing} testId="letter-propose" />
        {proposing && <ProposalFields proposal={proposal} onChange={setProposal} />}
        <p class="form-error" role="alert" data-testid={formError ? 'letter-form-error' : undefined}>
          {formError}
        </p>
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={!ready} data-testid="letter-review-button">
            Read it through
          </button>
        </div>
      </form>
    </Dialog>
  );
}
