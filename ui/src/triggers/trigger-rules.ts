// A trigger's intensity in words, its time to settle as typed, and the backend's rules for a
// trigger mirrored for the form.
import { dayProblem, firstProblem, noteProblem, textProblem } from '../records/checks';

export const INTENSITIES: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Faint' },
  { value: 2, label: 'Mild' },
  { value: 3, label: 'Strong' },
  { value: 4, label: 'Very strong' },
  { value: 5, label: 'Overwhelming' },
];

export const intensityLabel = (intensity: number) =>
  INTENSITIES.find((i) => i.value === intensity)?.label ?? String(intensity);

export const MAX_WHAT_CHARS = 300;
export const MAX_HELPED_CHARS = 2_000;
/** A week. */
export const MAX_SETTLE_MINUTES = 7 * 24 * 60;

/** The minutes typed: null for nothing, NaN for something that is not a whole number. */
export function parseMinutes(typed: string): number | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export type TriggerForm = {
  day: string;
  what: string;
  intensity: number | null;
  helped: string;
  minutes: string;
};

/** Why the backend would refuse the form, in its words where it has them, or null. */
export function triggerProblem(form: TriggerForm): string | null {
  const minutes = parseMinutes(form.minutes);
  return firstProblem(
    textProblem(form.what, 'trigger', MAX_WHAT_CHARS, true),
    form.intensity === null ? 'Choose how strong it was, from 1 to 5.' : null,
    form.intensity !== null && (form.intensity < 1 || form.intensity > 5)
      ? `Intensity is rated from 1 to 5, not ${form.intensity}.`
      : null,
    Number.isNaN(minutes) ? 'Write the minutes until it settled as a whole number, or leave it empty.' : null,
    minutes !== null && minutes > MAX_SETTLE_MINUTES ? 'Time to settle can be up to a week (10,080 minutes).' : null,
    noteProblem(form.helped, 'note on what helped', MAX_HELPED_CHARS),
    dayProblem(form.day),
  );
}
