// A month of days, each written day coloured by its trust. It follows the date picker pattern:
// one day is in the tab order, the arrows move between days (and across months), Page Up and
// Page Down turn the month, Enter chooses.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import type { CalendarDay } from '../bindings/CalendarDay';
import { dayLabel } from '../journal/dates';
import { painted } from '../perf/marks';
import { latestOnly } from '../search/latest-only';
import { StarIcon } from '../writing/icons';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  dayOf,
  monthGrid,
  monthOf,
  monthTitle,
  sameMonth,
  weekdayIndex,
  WEEKDAYS,
  type Month,
} from './calendar-grid';
import { ChevronLeftIcon, ChevronRightIcon } from './icons';
import { describeDay, TRUST_SCALE, trustLevel } from './trust-scale';

type Props = {
  month: Month;
  /** The chosen day, if any. */
  selected: string | null;
  today: string;
  onMonthChange: (month: Month) => void;
  onChoose: (day: string) => void;
  /** Changes whenever entries change, so the marks follow. */
  revision: unknown;
  onError: (reason: unknown) => void;
  fetchMonth?: (year: number, month: number) => Promise<CalendarDay[]>;
};

const NO_MARKS: ReadonlyMap<string, CalendarDay> = new Map();

/** The day that takes part in the tab order: the chosen one, else today, else the 1st. */
function rovingDay(month: Month, ...candidates: (string | null)[]): string {
  return candidates.find((day) => day && sameMonth(monthOf(day), month)) ?? dayOf(month, 1);
}

function keyTarget(day: string, key: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -weekdayIndex(day));
    case 'End':
      return addDays(day, 6 - weekdayIndex(day));
    case 'PageUp':
      return addMonthsToDay(day, -1);
    case 'PageDown':
      return addMonthsToDay(day, 1);
    default:
      return null;
  }
}

export function Calendar(props: Props) {
  const { month, selected, today, onMonthChange, onChoose, revision, onError } = props;
  const fetchMonth = props.fetchMonth ?? api.calendarMonth;
  // The marks, with the month they belong to: a turned month shows none of another's, and
  // says it is loading until its own arrive.
  const [marks, setMarks] = useState<{ month: Month; days: Map<string, CalendarDay> } | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const moveFocus = useRef(false);
  const sequence = useMemo(() => latestOnly((m: Month) => fetchMonth(m.year, m.month)), [fetchMonth]);

  useEffect(() => {
    sequence.request(
      month,
      (found) => {
        setMarks({ month, days: new Map(found.map((day) => [day.day, day])) });
        painted('journal-calendar');
      },
      onError,
    );
  }, [month.year, month.month, revision, sequence]);

  // A newly chosen day (Alt+arrows, or a click) takes the tab stop, and the focus if the
  // calendar had it. A choice cleared by turning the month leaves the focus where it went.
  useEffect(() => {
    if (selected === null) return;
    setFocused(null);
    if (grid.current?.contains(document.activeElement)) moveFocus.current = true;
  }, [selected]);

  const active = rovingDay(month, focused, selected, today);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${active}"]`)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = (event.target as HTMLElement).dataset.day ?? active;
    const target = keyTarget(from, event.key);
    if (!target) return;
    event.preventDefault();
    moveFocus.current = true;
    setFocused(target);
    const targetMonth = monthOf(target);
    if (!sameMonth(targetMonth, month)) onMonthChange(targetMonth);
  };

  const loaded = marks !== null && sameMonth(marks.month, month);
  const days = loaded ? marks.days : NO_MARKS;
  const weeks = monthGrid(month);
  const title = monthTitle(month);
  const isThisMonth = sameMonth(month, monthOf(today));

  return (
    <section
      class="calendar"
      data-testid="calendar"
      aria-label="Calendar"
      aria-busy={!loaded}
      data-loaded-month={loaded ? dayOf(month, 1).slice(0, 7) : undefined}
    >
      <header class="calendar-header">
        <button
          type="button"
          class="icon-button"
          onClick={() => onMonthChange(addMonths(month, -1))}
          aria-label={`Previous month, ${monthTitle(addMonths(month, -1))}`}
          title="Previous month"
          data-testid="calendar-prev"
        >
          <ChevronLeftIcon />
        </button>
        <h2 class="calendar-title" aria-live="polite" data-testid="calendar-title">
          {title}
        </h2>
        <button
          type="button"
          class="icon-button"
          onClick={() => onMonthChange(addMonths(month, 1))}
          aria-label={`Next month, ${monthTitle(addMonths(month, 1))}`}
          title="Next month"
          data-testid="calendar-next"
        >
          <ChevronRightIcon />
        </button>
      </header>
      <table ref={grid} class="calendar-grid" role="grid" aria-label={title} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday.name} scope="col" abbr={weekday.name}>
                <span aria-hidden="true">{weekday.short}</span>
                <span class="visually-hidden">{weekday.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, index) =>
                day ? (
                  <DayCell
                    key={day}
                    day={day}
                    marks={days.get(day)}
                    today={day === today}
                    selected={day === selected}
                    tabbable={day === active}
                    onChoose={() => onChoose(day)}
                    onFocus={() => setFocused(day)}
                  />
                ) : (
                  <td key={`empty-${index}`} class="calendar-blank" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <footer class="calendar-foot">
        <TrustLegend>
          {!isThisMonth && (
            <button
              type="button"
              class="link-button calendar-this-month"
              onClick={() => onMonthChange(monthOf(today))}
              data-testid="calendar-this-month"
            >
              Back to this month
            </button>
          )}
        </TrustLegend>
      </footer>
    </section>
  );
}

type DayCellProps = {
  day: string;
  marks: CalendarDay | undefined;
  today: boolean;
  selected: boolean;
  tabbable: boolean;
  onChoose: () => void;
  onFocus: () => void;
};

function DayCell({ day, marks, today, selected, tabbable, onChoose, onFocus }: DayCellProps) {
  const level = marks ? trustLevel(marks.trust) : null;
  const description = marks ? describeDay(marks) : 'nothing written';
  const state = !marks ? 'empty' : level === null ? 'unrated' : 'rated';
  return (
    <td>
      <button
        type="button"
        class="calendar-day"
        data-state={state}
        data-trust={level ?? undefined}
        data-day={day}
        aria-current={today ? 'date' : undefined}
        aria-pressed={selected}
        aria-label={`${dayLabel(day)}${today ? ', today' : ''}: ${description}`}
        title={marks ? describeDay(marks) : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={onChoose}
        onFocus={onFocus}
        data-testid={`calendar-day-${day}`}
      >
        <span class="calendar-day-number">{Number(day.slice(8))}</span>
        {marks?.starred && (
          <span class="calendar-day-star" aria-hidden="true">
            <StarIcon filled />
          </span>
        )}
      </button>
    </td>
  );
}

/** The key to the colours; `children` share its last line. */
function TrustLegend({ children }: { children?: ComponentChildren }) {
  return (
    <div class="trust-legend">
      <span class="visually-hidden">Colours show each day's trust, from 1, muted, to 10, gold.</span>
      <span class="trust-legend-scale" aria-hidden="true">
        <span class="trust-legend-word">Trust</span>
        <span class="trust-legend-end">1</span>
        {TRUST_SCALE.map((level) => (
          <span key={level} class="trust-legend-step" data-trust={level} />
        ))}
        <span class="trust-legend-end">10</span>
      </span>
      <span class="trust-legend-item">
        <span class="trust-legend-unrated" aria-hidden="true" />
        Not rated
      </span>
      <span class="trust-legend-item">
        <span class="trust-legend-star" aria-hidden="true">
          <StarIcon filled />
        </span>
        Starred
      </span>
      {children}
    </div>
  );
}
