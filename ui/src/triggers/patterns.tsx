// What the triggers add up to: the ones that keep coming back, and month by month how many there
// were, how strong, and how long they took to settle. Plain bars, so the shape shows at a glance.
import { useState } from 'preact/hooks';
import type { TriggerPatterns as Patterns } from '../bindings/TriggerPatterns';
import { countOf, dateLabel, minutesLabel, monthLabel } from '../records/labels';

/** The latest months shown at first; the rest open on request. */
export const MONTHS_SHOWN = 12;

const oneDecimal = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function Bar({ share, tone }: { share: number; tone: 'count' | 'intensity' | 'settle' }) {
  const width = `${Math.max(0, Math.min(1, share)) * 100}%`;
  return (
    <span class={`pattern-bar pattern-bar-${tone}`} aria-hidden="true">
      <span class="pattern-bar-fill" style={{ width }} />
    </span>
  );
}

export function TriggerPatterns({ patterns }: { patterns: Patterns }) {
  const [everyMonth, setEveryMonth] = useState(false);
  const months = [...patterns.months].reverse();
  const hidden = everyMonth ? 0 : Math.max(0, months.length - MONTHS_SHOWN);
  const mostInMonth = Math.max(1, ...months.map((m) => m.count));
  const longestSettle = Math.max(1, ...months.map((m) => m.settled_minutes ?? 0));

  const rows = (list: typeof months) =>
    list.map((month) => (
      <tr key={month.month} data-testid="trigger-month">
        <th scope="row">{monthLabel(month.month)}</th>
        <td>
          <Bar share={month.count / mostInMonth} tone="count" />
          <span class="pattern-value">{month.count}</span>
        </td>
        <td>
          <Bar share={month.intensity / 5} tone="intensity" />
          <span class="pattern-value">{oneDecimal(month.intensity)}</span>
        </td>
        <td>
          {month.settled_minutes === null ? (
            <span class="pattern-none">—</span>
          ) : (
            <>
              <Bar share={month.settled_minutes / longestSettle} tone="settle" />
              <span class="pattern-value">{minutesLabel(month.settled_minutes)}</span>
            </>
          )}
        </td>
      </tr>
    ));

  return (
    <section class="trigger-patterns" aria-labelledby="trigger-patterns-title" data-testid="trigger-patterns">
      <h2 id="trigger-patterns-title" class="records-section-title">
        Patterns
      </h2>
      <div class="patterns-grid">
        <div class="patterns-block">
          <h3 class="patterns-heading">What comes back</h3>
          {patterns.frequent.length === 0 ? (
            <p class="patterns-note">Triggers noted more than once will gather here.</p>
          ) : (
            <ol class="frequent-list">
              {patterns.frequent.map((trigger) => (
                <li key={trigger.what} class="frequent-item" data-testid="trigger-frequent">
                  <span class="frequent-what" dir="auto">
                    {trigger.what}
                  </span>
                  <span class="frequent-meta">
                    {countOf(trigger.count, 'time', 'times')} · intensity {oneDecimal(trigger.intensity)} · last on {dateLabel(trigger.last)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div class="patterns-block">
          <h3 class="patterns-heading">Month by month</h3>
          {months.length === 0 ? (
            <p class="patterns-note">Each month's triggers will be summed up here.</p>
          ) : (
            <>
              <table class="months-table">
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Noted</th>
                    <th scope="col">Intensity</th>
                    <th scope="col">To settle</th>
                  </tr>
                </thead>
                <tbody>{rows(months.slice(0, months.length - hidden))}</tbody>
              </table>
              {hidden > 0 && (
                <button type="button" class="link-button patterns-more" onClick={() => setEveryMonth(true)} data-testid="trigger-months-more">
                  Show {countOf(hidden, 'earlier month', 'earlier months')}
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
