// The summary itself, as it is previewed, printed to PDF and saved as a web page: factual and
// kind, in the person's own words, with no score. Sections left out are not mentioned; a
// section with nothing in the span says so plainly.
import type { ComponentChildren } from 'preact';
import type { Summary } from '../bindings/Summary';
import { milestoneName } from '../milestones/milestone-kinds';
import { minutesLabel } from '../records/labels';
import { fromPhrase, kindLabel } from '../wins/kinds';
import { TrustChart } from './trust-chart';
import { agreementWords, fullDate, spanWords, trustSentence } from './words';

function Section({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section class="summary-section" data-testid={`summary-${id}`}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

const NOTHING = <p class="summary-none">Nothing noted in these days.</p>;

type Props = { summary: Summary; prepared: string };

export function SummaryDocument({ summary, prepared }: Props) {
  const { trust, wins, agreements, triggers, milestones, entries } = summary;
  return (
    <article class="summary-document" lang="en">
      <header class="summary-head">
        <p class="summary-kicker">Kintsugi · a summary to bring to a session</p>
        <h1>{spanWords(summary.from, summary.to)}</h1>
        <p class="summary-meta">Prepared on {fullDate(prepared)} from a personal journal. The words are the writer’s own.</p>
      </header>

      {trust && (
        <Section title="Trust over time" id="trust">
          <p>{trustSentence(trust)}</p>
          <TrustChart weeks={trust} description={trustSentence(trust)} />
        </Section>
      )}

      {wins && (
        <Section title="Small wins" id="wins">
          {wins.wins.length === 0 ? (
            NOTHING
          ) : (
            <>
              <p>{wins.byKind.map((count) => `${kindLabel(count.kind)}: ${count.count}`).join(' · ')}</p>
              <ul>
                {wins.wins.map((win) => (
                  <li key={win.id}>
                    <span class="summary-day">{fullDate(win.day)}</span> {win.text}{' '}
                    <span class="summary-aside">({kindLabel(win.kind).toLowerCase()}, {fromPhrase(win.from).toLowerCase()})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}

      {agreements && (
        <Section title="Agreements kept" id="agreements">
          {agreements.length === 0 ? (
            <p class="summary-none">No agreement was marked in these days.</p>
          ) : (
            <ul>
              {agreements.map((agreement, index) => (
                <li key={index}>
                  <p class="summary-quote">{agreement.text}</p>
                  <p class="summary-aside">{agreementWords(agreement)}</p>
                  {agreement.repairNotes.map((mark) => (
                    <p key={mark.day} class="summary-aside">
                      After {fullDate(mark.day)}, what repair could look like: {mark.note}
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}

      {triggers && (
        <Section title="Triggers and what helped" id="triggers">
          {triggers.length === 0 ? (
            NOTHING
          ) : (
            <ul>
              {triggers.map((trigger) => (
                <li key={trigger.id}>
                  <span class="summary-day">{fullDate(trigger.day)}</span> {trigger.what}{' '}
                  <span class="summary-aside">
                    (intensity {trigger.intensity} of 5
                    {trigger.settled_minutes !== null && `, settled after ${minutesLabel(trigger.settled_minutes)}`})
                  </span>
                  {trigger.helped && <p class="summary-aside">What helped: {trigger.helped}</p>}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}

      {milestones && (
        <Section title="Milestones" id="milestones">
          {milestones.length === 0 ? (
            NOTHING
          ) : (
            <ul>
              {milestones.map((milestone) => (
                <li key={milestone.id}>
                  <span class="summary-day">{fullDate(milestone.day)}</span> {milestoneName(milestone)}
                  {milestone.note && <p class="summary-aside summary-text">{milestone.note}</p>}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}

      {entries.length > 0 && (
        <Section title="Entries chosen to share" id="entries">
          {entries.map((entry) => (
            <div key={entry.id} class="summary-entry">
              <h3>
                {fullDate(entry.day)}
                {entry.title && ` · ${entry.title}`}
              </h3>
              {(entry.feelings.length > 0 || entry.trust !== null) && (
                <p class="summary-aside">
                  {[entry.feelings.join(', '), entry.trust !== null ? `trust ${entry.trust} of 10` : ''].filter(Boolean).join(' · ')}
                </p>
              )}
              <p class="summary-text">{entry.text}</p>
            </div>
          ))}
        </Section>
      )}
    </article>
  );
}
