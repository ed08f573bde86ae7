// One agreement as the Agreements screen shows it: its terms, how often and since when, the last
// four weeks at a glance, its keep rate, and the wording it had before.
import type { ComponentChildren } from 'preact';
import type { AgreementView } from '../bindings/AgreementView';
import type { Terms } from '../bindings/Terms';
import { addDays } from '../browse/calendar-grid';
import { localDay } from '../journal/dates';
import { dateLabel, shortDayLabel } from '../records/labels';
import { cadenceLabel, keepLabel, ownerLabel, keptRun, keptRunLabel, recentDays, renegotiatedLabel } from './terms';

const STRIP_DAYS = 28;

function RecentMarks({ agreement }: { agreement: AgreementView }) {
  const end = agreement.retired ? addDays(agreement.retired, -1) : localDay();
  const days = recentDays(agreement, end, STRIP_DAYS);
  const count = (keeping: string) => days.filter((day) => day.keeping === keeping).length;
  const said = [
    `${count('kept')} kept`,
    `${count('missed')} missed`,
    `${count('renegotiated')} renegotiated`,
  ].join(', ');
  return (
    <div class="mark-strip" role="img" aria-label={`The last four weeks it applied: ${said}`}>
      {days.map(({ day, keeping, active }) => (
        <span
          key={day}
          class={`mark-cell mark-${active ? (keeping ?? 'none') : 'inactive'}`}
          title={active ? `${shortDayLabel(day)}: ${keeping ?? 'not marked'}` : undefined}
        />
      ))}
    </div>
  );
}

function termsSpan(terms: Terms, until: string): string {
  return `${dateLabel(terms.from)} to ${dateLabel(addDays(until, -1))}`;
}

function EarlierTerms({ agreement }: { agreement: AgreementView }) {
  if (agreement.earlier.length === 0) return null;
  const all = [...agreement.earlier, agreement.current];
  // Each earlier wording held until the next one began; the most recent is listed first.
  const rows = agreement.earlier.map((terms, index) => ({ terms, until: all[index + 1]!.from })).reverse();
  return (
    <details class="agreement-history" data-testid="agreement-history">
      <summary>Earlier wording ({agreement.earlier.length})</summary>
      <ol class="agreement-history-list">
        {rows.map(({ terms, until }) => (
          <li key={terms.from}>
            <p class="agreement-history-text" dir="auto">
              {terms.text}
            </p>
            <p class="agreement-history-meta">
              {cadenceLabel(terms.cadence)} · {termsSpan(terms, until)}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}

function RepairNotes({ agreement }: { agreement: AgreementView }) {
  const noted = agreement.marks.filter((mark) => mark.note !== null).reverse();
  if (noted.length === 0) return null;
  return (
    <details class="agreement-history" data-testid="agreement-repair-notes">
      <summary>What repair could look like ({noted.length})</summary>
      <ol class="agreement-history-list">
        {noted.map((mark) => (
          <li key={mark.day}>
            <p class="agreement-history-text" dir="auto">
              {mark.note}
            </p>
            <p class="agreement-history-meta">After {dateLabel(mark.day)}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}

type Props = {
  agreement: AgreementView;
  /** Renegotiate, retire, delete. */
  actions: ComponentChildren;
  /** The keep rate as numbers, or in words. */
  numbers: boolean;
};

export function AgreementCard({ agreement, actions, numbers }: Props) {
  const run = keptRunLabel(keptRun(agreement));
  const since = agreement.retired
    ? `${dateLabel(agreement.since)} to ${dateLabel(addDays(agreement.retired, -1))}`
    : `Since ${dateLabel(agreement.since)}`;
  return (
    <article class="agreement-card" data-testid="agreement-item" data-agreement-id={agreement.id}>
      <p class="agreement-text" dir="auto">
        {agreement.current.text}
      </p>
      <p class="agreement-meta">
        <span data-testid="agreement-owner">{ownerLabel(agreement.owner)}</span>
        <span>{cadenceLabel(agreement.current.cadence)}</span>
        <span>{since}</span>
        {agreement.proposed_in && <span>From a letter</span>}
        {agreement.renegotiated > 0 && <span>{renegotiatedLabel(agreement.renegotiated)}</span>}
      </p>
      <div class="agreement-keeping">
        <RecentMarks agreement={agreement} />
        <p class="agreement-rate">
          <span data-testid="agreement-keep-rate">{keepLabel(agreement.kept, agreement.missed, numbers)}</span>
          {run && !agreement.retired && <span class="agreement-run">{run}</span>}
        </p>
      </div>
      <div class="agreement-foot">
        <div class="agreement-details">
          <EarlierTerms agreement={agreement} />
          <RepairNotes agreement={agreement} />
        </div>
        <div class="record-tools">{actions}</div>
      </div>
    </article>
  );
}
