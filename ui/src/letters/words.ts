// What the letters screens say: the kinds of letter, and who wrote one.
import type { Choice } from '../controls/choice-list';
import type { LetterKind } from '../bindings/LetterKind';
import type { LetterView } from '../bindings/LetterView';

export const LETTER_KINDS: readonly Choice<LetterKind>[] = [
  { value: 'apology', label: 'An apology', detail: 'Saying sorry, and what you will do differently.' },
  { value: 'what_it_did', label: 'What it did to me', detail: 'Telling how it has been for you.' },
  { value: 'appreciation', label: 'Appreciation', detail: 'Something you noticed and are grateful for.' },
  { value: 'request', label: 'A request', detail: 'Something you would like, asked plainly.' },
  { value: 'reply', label: 'A reply', detail: 'An answer to a letter.' },
  { value: 'my_day', label: 'My day', detail: 'A short account of your day, if you agreed to share them.' },
];

export function letterKindLabel(kind: LetterKind): string {
  return LETTER_KINDS.find((choice) => choice.value === kind)?.label ?? kind;
}

export function letterAuthor(letter: LetterView): string {
  return letter.fromMe ? 'You wrote' : `From your partner · key ${letter.fromFingerprint}`;
}

const WRITTEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** "1 December 2026, 21:00", in the writer's own time. */
export function writtenLabel(written: string): string {
  // The offset is the writer's: show their wall-clock time, not this computer's.
  const wall = written.replace(/([+-]\d{2}:\d{2}|Z)$/, '');
  const date = new Date(`${wall}Z`);
  return Number.isNaN(date.getTime()) ? written : WRITTEN.format(date).replace(' at ', ', ');
}
