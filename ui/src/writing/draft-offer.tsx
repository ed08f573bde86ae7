// Offers back what was being written when the app closed without saving it. Calm on purpose:
// nothing was lost, and the person decides.
import { relativeDayLabel, dayLabel, timeLabel } from '../journal/dates';
import { draftGist, type DraftOffer } from './draft-recovery';
import * as clock from '../clock';

type Props = {
  offer: DraftOffer;
  onRestore: () => void;
  onDiscard: () => void;
};

function whenKept(kept: string, now: Date): string {
  const day = kept.slice(0, 10);
  const relative = relativeDayLabel(day, now);
  const time = timeLabel(kept);
  if (relative === 'Today') return `today at ${time}`;
  if (relative === 'Yesterday') return `yesterday at ${time}`;
  return `on ${relative} at ${time}`;
}

export function DraftOfferBanner({ offer, onRestore, onDiscard }: Props) {
  const gist = draftGist(offer.draft);
  const what =
    offer.draft.id === null
      ? 'You were writing'
      : `You were changing the entry of ${dayLabel(offer.draft.day)}`;
  return (
    <section class="draft-offer" aria-label="Unsaved writing" data-testid="draft-offer">
      <div class="draft-offer-words">
        <p class="draft-offer-title">
          {what} when Kintsugi closed, {whenKept(offer.kept, clock.now())}.
        </p>
        {gist && (
          <p class="draft-offer-gist" dir="auto">
            {gist}
          </p>
        )}
      </div>
      <div class="draft-offer-actions">
        <button type="button" class="btn btn-primary btn-small" onClick={onRestore} data-testid="draft-restore">
          Restore it
        </button>
        <button type="button" class="btn btn-quiet btn-small" onClick={onDiscard} data-testid="draft-discard">
          Discard
        </button>
      </div>
    </section>
  );
}
