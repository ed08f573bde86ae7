// The kinds of milestone as the interface says them, and the backend's rules for a milestone
// mirrored for the form.
import type { Milestone } from '../bindings/Milestone';
import type { MilestoneDraft } from '../bindings/MilestoneDraft';
import type { MilestoneKind } from '../bindings/MilestoneKind';
import { dayProblem, firstProblem, noteProblem, textProblem, collapse } from '../records/checks';

export const MILESTONE_KINDS: readonly { value: MilestoneKind; label: string }[] = [
  { value: 'couples_session', label: 'Couples session' },
  { value: 'individual_session', label: 'Individual session' },
  { value: 'group_session', label: 'Group session' },
  { value: 'apology', label: 'The apology' },
  { value: 'disclosure', label: 'The disclosure' },
  { value: 'anniversary', label: 'Anniversary' },
  { value: 'custom', label: 'Your own' },
];

export const milestoneKindLabel = (kind: MilestoneKind) =>
  MILESTONE_KINDS.find((k) => k.value === kind)?.label ?? kind;

/** What a milestone is called: its title, or for the standard kinds without one, the kind. */
export function milestoneName(milestone: Pick<Milestone, 'kind' | 'title'>): string {
  return milestone.title || milestoneKindLabel(milestone.kind);
}

export const MAX_TITLE_CHARS = 200;
export const MAX_NOTE_CHARS = 20_000;

/** Why the backend would refuse `draft`, in its words, or null. */
export function milestoneProblem(draft: Pick<MilestoneDraft, 'day' | 'kind' | 'title' | 'note'>): string | null {
  return firstProblem(
    dayProblem(draft.day),
    textProblem(draft.title, "milestone's title", MAX_TITLE_CHARS, false),
    draft.kind === 'custom' && collapse(draft.title) === '' ? 'Give your own milestone a title.' : null,
    noteProblem(draft.note, "milestone's note", MAX_NOTE_CHARS),
  );
}
