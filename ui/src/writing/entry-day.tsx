// The day an entry is about, changed in place: a quiet "Change day" under the heading opens a
// date field. A day is taken as soon as it is complete and real, and saves like any other change;
// Escape puts back the day the field opened with. Where the window has no date picker, the
// field is plain text and takes a day typed as YYYY-MM-DD.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CalendarIcon } from '../browse/icons';
import { isDay } from '../journal/dates';
import { FIRST_YEAR, LAST_YEAR } from './entry-fields';

type Props = {
  day: string;
  onChange: (day: string) => void;
};

/** What is wrong with a typed day, or null when it can be taken as it is (or left empty). */
export function dayProblem(typed: string): string | null {
  if (typed === '') return null;
  if (!isDay(typed)) return 'Type the day as YYYY-MM-DD, for example 2024-03-02.';
  const year = Number(typed.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return `Choose a day between the years ${FIRST_YEAR} and ${LAST_YEAR}.`;
  }
  return null;
}

export function EntryDay({ day, onChange }: Props) {
  const inputId = useId();
  const noteId = useId();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  /** The day the field opened with, while it is open. */
  const [openedWith, setOpenedWith] = useState<string | null>(null);
  const [typed, setTyped] = useState(day);
  const [problem, setProblem] = useState<string | null>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (openedWith !== null) input.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [openedWith !== null]);

  const open = () => {
    setTyped(day);
    setProblem(null);
    setOpenedWith(day);
  };

  const close = () => {
    returnFocus.current = true;
    setProblem(null);
    setOpenedWith(null);
  };

  // Every complete, real day is taken at once, so the heading follows the field; one outside
  // the years the vault keeps is taken too, and the note and the save status say why it waits.
  const take = (raw: string) => {
    const value = raw.trim();
    setTyped(value);
    if (!isDay(value)) return;
    setProblem(dayProblem(value));
    onChange(value);
  };

  const done = () => {
    const found = dayProblem(typed);
    if (found) setProblem(found);
    else close();
  };

  const cancel = () => {
    if (openedWith !== null && openedWith !== day) onChange(openedWith);
    close();
  };

  if (openedWith === null) {
    return (
      <button
        ref={opener}
        type="button"
        class="entry-day-change"
        onClick={open}
        data-testid="entry-day-change"
      >
        <CalendarIcon />
        Change day
      </button>
    );
  }

  return (
    <span class="entry-day-edit" role="group" aria-label="Day of this entry">
      <label class="visually-hidden" for={inputId}>
        Day of this entry
      </label>
      <input
        ref={input}
        id={inputId}
        type="date"
        class="input entry-day-input"
        value={typed}
        min={`${FIRST_YEAR}-01-01`}
        max={`${LAST_YEAR}-12-31`}
        placeholder="YYYY-MM-DD"
        autocomplete="off"
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem ? noteId : undefined}
        onInput={(event) => take(event.currentTarget.value)}
        onChange={(event) => take(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            done();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            cancel();
          }
        }}
        data-testid="entry-day"
      />
      <button type="button" class="btn btn-quiet btn-small" onClick={done} data-testid="entry-day-done">
        Done
      </button>
      {problem && (
        <span id={noteId} class="entry-day-note" role="alert" data-testid="entry-day-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
