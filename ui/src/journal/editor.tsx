// The open entry, whole: its day, a title, the writing itself (to write or to read), the
// check-in of feelings, trust and tags, and a quiet line that says it is saved.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TrashIcon } from '../controls/icons';
import { shortcutAttributes, useShortcuts } from '../shortcuts/use-shortcuts';
import { DraftOfferBanner } from '../writing/draft-offer';
import { EntryDay } from '../writing/entry-day';
import { moveTitleOverflow } from '../writing/entry-fields';
import { Feelings } from '../writing/feelings';
import { useFocusMode, useTodaysPrompt, useVocabulary, useWordCount } from '../writing/hooks';
import { FocusIcon, LeaveFocusIcon, ReadIcon, StarIcon, WriteIcon } from '../writing/icons';
import { MarkdownView } from '../writing/markdown-view';
import { PromptCard } from '../writing/prompt-card';
import { promptQuote } from '../writing/prompt-topics';
import { TagInput } from '../writing/tag-input';
import { TitleField } from '../writing/title-field';
import { TrustScale } from '../writing/trust-scale';
import { wordsLabel } from '../writing/words';
import { WritingArea } from '../writing/writing-area';
import '../writing/writing.css';
import type { SaveStatus } from './autosave';
import { dayLabel, localDay, timeLabel } from './dates';
import type { EntryDocument } from './use-entry-document';

type EditorProps = {
  doc: EntryDocument;
  onRetry: () => void;
  onDelete: () => void;
  /** What follows the check-in: the day's agreements and wins. */
  after?: ComponentChildren;
};

function statusText(status: SaveStatus, saved: boolean): string {
  switch (status.state) {
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return `Not saved: ${status.error.message}`;
    case 'idle':
      return saved ? 'Saved' : '';
  }
}

export function Editor({ doc, onRetry, onDelete, after }: EditorProps) {
  const { open, fields, status, edit } = doc;
  const area = useRef<HTMLTextAreaElement>(null);
  const [focusMode, setFocusMode] = useFocusMode();
  const [promptUsedIn, setPromptUsedIn] = useState<number | null>(null);
  const today = open.day === localDay();
  const label = dayLabel(open.day);
  const vocabulary = useVocabulary(open.key);
  const prompt = useTodaysPrompt(today);
  const words = useWordCount(fields.text);
  // Read mode belongs to the entry it was chosen for; another entry opens for writing.
  const [readingIn, setReadingIn] = useState<number | null>(null);
  const reading = readingIn === open.key;
  const setReading = (on: boolean) => setReadingIn(on ? open.key : null);

  useEffect(() => area.current?.focus(), [open.key]);

  const toggleFocusMode = () => {
    setFocusMode(!focusMode);
    if (!focusMode && !reading) area.current?.focus();
  };
  useShortcuts({
    'read-or-write': () => setReading(!reading),
    'focus-mode': toggleFocusMode,
    ...(focusMode ? { 'leave-focus': () => setFocusMode(false) } : {}),
  });

  // One thing at a time: while crash-recovered writing waits for a decision, the prompt waits too.
  const promptShown =
    doc.draftOffer === null &&
    prompt.prompt !== null &&
    promptUsedIn !== open.key &&
    !fields.text.startsWith(promptQuote(prompt.prompt.text).trimEnd());

  const writeAboutPrompt = () => {
    const quote = promptQuote(prompt.prompt?.text ?? '');
    setPromptUsedIn(open.key);
    setReading(false);
    edit({ text: quote + fields.text });
    // After the new text is in place, the caret waits right below the question.
    requestAnimationFrame(() => {
      const node = area.current;
      if (!node) return;
      node.focus();
      node.setSelectionRange(quote.length, quote.length);
    });
  };

  return (
    <article class={focusMode ? 'editor editor-focus' : 'editor'}>
      <header class="editor-header">
        <div class="editor-day">
          <p class="eyebrow">{today ? 'Today' : 'Entry'}</p>
          <h1 class="page-title entry-heading" data-testid={today ? 'today-heading' : undefined}>
            <time dateTime={open.day} data-testid="entry-date">
              {label}
            </time>
          </h1>
          <div class="page-meta entry-meta">
            {open.created && <span>Begun at {timeLabel(open.created)}</span>}
            <EntryDay key={open.key} day={open.day} onChange={doc.moveToDay} />
          </div>
        </div>
        <div class="editor-tools" role="toolbar" aria-label="Entry">
          <button
            type="button"
            class={fields.starred ? 'icon-button icon-button-on' : 'icon-button'}
            aria-pressed={fields.starred}
            aria-label="Star"
            title={fields.starred ? 'Starred: marked to find again' : 'Star, to find it again'}
            onClick={() => edit({ starred: !fields.starred })}
            data-testid="star-toggle"
          >
            <StarIcon filled={fields.starred} />
          </button>
          <button
            type="button"
            class="icon-button icon-button-labelled"
            aria-pressed={reading}
            {...shortcutAttributes('read-or-write', reading ? 'Back to writing' : 'Read it as it will look')}
            onClick={() => setReading(!reading)}
            data-testid="preview-toggle"
          >
            {reading ? <WriteIcon /> : <ReadIcon />}
            {reading ? 'Write' : 'Read'}
          </button>
          <button
            type="button"
            class="icon-button tool-focus"
            aria-pressed={focusMode}
            aria-label="Focus mode"
            {...(focusMode
              ? shortcutAttributes('leave-focus', 'Leave focus mode')
              : shortcutAttributes('focus-mode', 'Focus mode: only the writing'))}
            onClick={toggleFocusMode}
            data-testid="focus-toggle"
          >
            {focusMode ? <LeaveFocusIcon /> : <FocusIcon />}
          </button>
          {open.id !== null && (
            <button
              type="button"
              class="icon-button icon-button-danger"
              aria-label="Delete this entry"
              title="Delete this entry"
              onClick={onDelete}
              data-testid="delete-entry"
            >
              <TrashIcon />
            </button>
          )}
        </div>
      </header>

      {doc.draftOffer && (
        <DraftOfferBanner
          offer={doc.draftOffer}
          onRestore={() => doc.restoreDraft().catch(() => undefined)}
          onDiscard={doc.discardDraft}
        />
      )}

      {promptShown && prompt.prompt && (
        <PromptCard
          prompt={prompt.prompt}
          busy={prompt.busy}
          onUse={writeAboutPrompt}
          onAnother={prompt.another}
          onDismiss={prompt.dismiss}
        />
      )}

      <div class="page">
        {reading ? (
          <MarkdownView title={fields.title} text={fields.text} />
        ) : (
          <>
            <TitleField
              value={fields.title}
              onChange={(title) => edit({ title })}
              onMoveOverflow={() => edit(moveTitleOverflow(fields))}
              onEnter={() => area.current?.focus()}
            />
            <WritingArea
              areaRef={area}
              value={fields.text}
              onInput={(text) => edit({ text })}
              onBlur={() => doc.flush().catch(() => undefined)}
              placeholder={
                today
                  ? 'How are you, really? Write a few lines or a few pages; nobody else will read them.'
                  : 'Write here…'
              }
              label={`Entry for ${label}`}
            />
          </>
        )}
      </div>

      <section class="check-in" aria-label="Check-in">
        <Feelings
          chosen={fields.feelings}
          offered={vocabulary.feelings}
          onChange={(feelings) => edit({ feelings })}
        />
        <TrustScale value={fields.trust} onChange={(trust) => edit({ trust })} />
        <TagInput tags={fields.tags} known={vocabulary.tags} onChange={(tags) => edit({ tags })} />
      </section>

      {after}

      <footer class="editor-footer">
        <p
          class={status.state === 'error' ? 'save-status save-status-error' : 'save-status'}
          aria-live="polite"
          data-testid="save-status"
          data-draft={doc.draftKept && status.state !== 'saved' ? 'kept' : undefined}
        >
          {statusText(status, open.id !== null)}
          {/* Refused input needs a change, not another try; a failed disk may recover. */}
          {status.state === 'error' && status.error.kind !== 'invalid_input' && (
            <button type="button" class="link-button" onClick={onRetry}>
              Try again
            </button>
          )}
        </p>
        <p class="word-count" data-testid="words">
          {wordsLabel(words)}
        </p>
      </footer>
    </article>
  );
}
