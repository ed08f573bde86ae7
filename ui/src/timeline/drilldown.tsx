// The days behind a point of the chart: its entries (each opens in the editor), the wins, how
// the agreements went, the triggers and the milestones, as the core returns them.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { DayRecords } from '../bindings/DayRecords';
import { EntryCard } from '../browse/entry-card';
import { dayLabel } from '../journal/dates';
import { minutesLabel, shortDayLabel } from '../records/labels';
import { summariseAgreements } from './drilldown-groups';
import { spanLabel } from './progress-words';
import type { Period } from './timeline-place';
import { milestoneName } from '../milestones/milestone-kinds';
import { fromPhrase, kindLabel } from '../wins/kinds';
import { capitalised } from './words';
import '../browse/browse.css';

type Props = {
  period: Period;
  /** "Week of 3 November". */
  title: string;
  /** The point's figures in a sentence. */
  summary: string;
  onOpen: (id: string) => void;
  onClose: () => void;
  onLocked: (reason: unknown) => void;
};

/** Longer lists show this many until asked for the rest. */
const SHOWN = 12;

type Loaded = { state: 'loading' } | { state: 'problem'; message: string } | { state: 'done'; records: DayRecords };

function Section<T>(props: {
  title: string;
  items: readonly T[];
  testId: string;
  render: (item: T) => ComponentChildren;
  list?: 'cards';
}) {
  const { title, items, testId, render, list } = props;
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <section class="drilldown-section" data-testid={testId}>
      <h3 class="section-title">
        {title} <span class="drilldown-count">{items.length}</span>
      </h3>
      <ul class={list === 'cards' ? 'drilldown-cards' : 'drilldown-list'}>{shown.map(render)}</ul>
      {shown.length < items.length && (
        <button type="button" class="link-button drilldown-more" onClick={() => setAll(true)}>
          Show all {items.length}
        </button>
      )}
    </section>
  );
}

export function Drilldown({ period, title, summary, onOpen, onClose, onLocked }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    api.recordsBetween(period.start, period.end).then(
      (records) => current && setLoaded({ state: 'done', records }),
      (reason) => {
        if (!current) return;
        const error = toCommandError(reason);
        if (error.kind === 'locked') onLocked(reason);
        else setLoaded({ state: 'problem', message: error.message });
      },
    );
    return () => {
      current = false;
    };
  }, [period.start, period.end]);

  useEffect(() => heading.current?.focus({ preventScroll: false }), [period.start]);

  const records = loaded.state === 'done' ? loaded.records : null;
  const empty =
    records !== null &&
    records.entries.length + records.wins.length + records.agreement_days.length + records.triggers.length + records.milestones.length === 0;

  return (
    <section
      class="drilldown"
      data-testid="timeline-drilldown"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <header class="drilldown-header">
        <div>
          <h2 id={titleId} class="drilldown-title" tabIndex={-1} ref={heading}>
            {title}
          </h2>
          <p class="page-meta">
            {period.start === period.end ? dayLabel(period.start) : spanLabel(period.start, period.end)}
          </p>
        </div>
        <button type="button" class="btn btn-quiet btn-small" onClick={onClose} data-testid="drilldown-close">
          Close
        </button>
      </header>
      <p class="drilldown-summary">{capitalised(summary)}.</p>
      {loaded.state === 'loading' && <p class="page-meta" aria-busy="true">Gathering these days…</p>}
      {loaded.state === 'problem' && (
        <p class="drilldown-problem" role="alert">
          {loaded.message}
        </p>
      )}
      {empty && <p class="page-meta">Nothing was recorded on these days.</p>}
      {records && (
        <div class="drilldown-body">
          <Section
            title="Wins"
            testId="drilldown-wins"
            items={records.wins}
            render={(win) => (
              <li key={win.id} class={`drilldown-item drilldown-win kind-${win.kind}`}>
                <span class="key-swatch" aria-hidden="true" />
                <span class="drilldown-text" dir="auto">
                  {win.text}
                </span>
                <span class="drilldown-meta">
                  {shortDayLabel(win.day)} · {kindLabel(win.kind)} · {fromPhrase(win.from).toLowerCase()}
                </span>
              </li>
            )}
          />
          <Section
            title="Agreements"
            testId="drilldown-agreements"
            items={summariseAgreements(records.agreement_days)}
            render={(agreement) => (
              <li key={agreement.agreement} class="drilldown-item">
                <span class="drilldown-text" dir="auto">
                  {agreement.text}
                </span>
                <span class="drilldown-meta">
                  {agreement.kept + agreement.missed > 0
                    ? `kept ${agreement.kept} of ${agreement.kept + agreement.missed}`
                    : 'not marked kept or missed'}
                  {agreement.renegotiated > 0 && ` · renegotiated ${agreement.renegotiated === 1 ? 'once' : `${agreement.renegotiated} times`}`}
                  {agreement.missedDays.length > 0 &&
                    agreement.missedDays.length <= 5 &&
                    ` · missed ${agreement.missedDays.map((day) => shortDayLabel(day)).join(', ')}`}
                </span>
              </li>
            )}
          />
          <Section
            title="Triggers"
            testId="drilldown-triggers"
            items={records.triggers}
            render={(trigger) => (
              <li key={trigger.id} class="drilldown-item">
                <span class="drilldown-text" dir="auto">
                  {trigger.what}
                </span>
                <span class="drilldown-meta">
                  {shortDayLabel(trigger.day)} · intensity {trigger.intensity} of 5
                  {trigger.settled_minutes !== null && ` · settled in ${minutesLabel(trigger.settled_minutes)}`}
                </span>
                {trigger.helped && (
                  <span class="drilldown-helped" dir="auto">
                    What helped: {trigger.helped}
                  </span>
                )}
              </li>
            )}
          />
          <Section
            title="Milestones"
            testId="drilldown-milestones"
            items={records.milestones}
            render={(milestone) => (
              <li key={milestone.id} class="drilldown-item drilldown-milestone">
                <span class="drilldown-text" dir="auto">
                  {milestoneName(milestone)}
                </span>
                <span class="drilldown-meta">{shortDayLabel(milestone.day)}</span>
              </li>
            )}
          />
          <Section
            title="Entries"
            testId="drilldown-entries"
            items={records.entries}
            list="cards"
            render={(entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} onOpen={onOpen} testId="drilldown-entry" />
              </li>
            )}
          />
        </div>
      )}
    </section>
  );
}
