// The backend's rules for progress records, mirrored so a form can say what is wrong before
// anything is sent, in the same words the backend would use. The backend still decides: its
// refusals are shown as they come.
import { isDay } from '../journal/dates';

export const FIRST_YEAR = 1920;
export const LAST_YEAR = 2200;

/** Whitespace collapsed to single spaces, as the backend stores short texts. */
export function collapse(text: string): string {
  return text.split(/\s+/u).filter(Boolean).join(' ');
}

const chars = (text: string) => [...text].length;

/** Why `day` cannot be saved, or null. */
export function dayProblem(day: string): string | null {
  if (!isDay(day)) return 'Choose a day.';
  const year = Number(day.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return `Choose a day between the years ${FIRST_YEAR} and ${LAST_YEAR}.`;
  }
  return null;
}

/** Why a short text (whitespace collapsed) cannot be saved, or null. */
export function textProblem(text: string, what: string, max: number, required: boolean): string | null {
  const collapsed = collapse(text);
  if (required && collapsed === '') return `Write a few words for the ${what}.`;
  const count = chars(collapsed);
  return count > max ? `The ${what} can be up to ${max} characters; this one has ${count}.` : null;
}

/** Why a longer note (trimmed, lines kept) cannot be saved, or null. */
export function noteProblem(note: string, what: string, max: number): string | null {
  const count = chars(note.trim());
  return count > max ? `The ${what} can be up to ${max} characters; this one has ${count}.` : null;
}

/** The first problem of several, or null when there is none. */
export function firstProblem(...problems: (string | null)[]): string | null {
  return problems.find((problem) => problem !== null) ?? null;
}
