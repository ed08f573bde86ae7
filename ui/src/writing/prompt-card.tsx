// Today's guided prompt: a quiet card with a question to write from, another if this one does
// not fit, and "Not today" to put it away until tomorrow.
import type { Prompt } from '../bindings/Prompt';
import { ShuffleIcon } from './icons';
import { PROMPT_TOPIC_LABELS } from './prompt-topics';

type Props = {
  prompt: Prompt;
  busy: boolean;
  onUse: () => void;
  onAnother: () => void;
  onDismiss: () => void;
};

export function PromptCard({ prompt, busy, onUse, onAnother, onDismiss }: Props) {
  return (
    <aside class="prompt-card" aria-label="Today's prompt" data-testid="prompt-card">
      <p class="prompt-topic">
        <span class="eyebrow">A prompt for today</span>
        <span class="prompt-topic-name">{PROMPT_TOPIC_LABELS[prompt.topic]}</span>
      </p>
      <p key={prompt.id} class="prompt-text" dir="auto" data-testid="prompt-text">
        {prompt.text}
      </p>
      <div class="prompt-actions">
        <button type="button" class="btn btn-secondary btn-small" onClick={onUse} data-testid="prompt-use">
          Write about this
        </button>
        <button
          type="button"
          class="btn btn-quiet btn-small"
          onClick={onAnother}
          aria-busy={busy || undefined}
          data-testid="prompt-another"
        >
          <ShuffleIcon />
          Another one
        </button>
        <button type="button" class="btn btn-quiet btn-small prompt-dismiss" onClick={onDismiss} data-testid="prompt-dismiss">
          Not today
        </button>
      </div>
    </aside>
  );
}
