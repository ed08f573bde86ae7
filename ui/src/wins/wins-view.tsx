// Wins, a week at a time: this week, last week, then the weeks before, each with how many wins
// of each kind and the wins themselves. Adding and changing go through the quick-win dialog.
import { useState } from 'preact/hooks';
import * as api from '../api';
import type { KindCount } from '../bindings/KindCount';
import type { Win } from '../bindings/Win';
import type { WinWeek } from '../bindings/WinWeek';
import { PlusIcon } from '../controls/icons';
import { localDay } from '../journal/dates';
import { countOf, shortDayLabel, weekLabel, weekStart } from '../records/labels';
import { DeleteRecordDialog, RecordList, RecordTools } from '../records/record-list';
import { RecordPage } from '../records/record-page';
import { useLoaded } from '../records/use-loaded';
import { shortcutAttributes } from '../shortcuts/use-shortcuts';
import { fromPhrase, kindLabel, weeksRunning } from './kinds';
import './wins.css';
import * as clock from '../clock';

/** Weeks shown at first, and added by each "earlier weeks": ten years of wins stay light. */
export const WEEKS_SHOWN = 12;

type Props = {
  /** Changes after a win is saved elsewhere. */
  revision: number;
  onAdd: () => void;
  onEdit: (win: Win) => void;
  onOpenEntry: (id: string) => void;
  onError: (reason: unknown) => void;
};

function summary(weeks: readonly WinWeek[], now: Date): string | null {
  const total = weeks.reduce((sum, week) => sum + week.wins.length, 0);
  if (total === 0) return null;
  const parts = [`${countOf(total, 'win', 'wins')} noted`];
  const run = weeksRunning(weeks, weekStart(localDay(now)));
  if (run >= 2) parts.push(`${run} weeks in a row with wins`);
  return parts.join(' · ');
}

export function KindCounts({ counts }: { counts: readonly KindCount[] }) {
  return (
    <ul class="kind-counts" aria-label="Wins by kind">
      {counts.map(({ kind, count }) => (
        <li key={kind} class={`kind-count kind-${kind}`}>
          <span class="kind-dot" aria-hidden="true" />
          {kindLabel(kind)}
          <span class="kind-count-number">{count}</span>
        </li>
      ))}
    </ul>
  );
}

type ItemProps = {
  win: Win;
  now: Date;
  onEdit: () => void;
  onDelete: () => void;
  onOpenEntry: (id: string) => void;
};

function WinItem({ win, now, onEdit, onDelete, onOpenEntry }: ItemProps) {
  return (
    <li class="win-item" data-testid="win-item" data-win-id={win.id}>
      <span class={`win-mark kind-${win.kind}`} aria-hidden="true" />
      <div class="win-body">
        <p class="win-text" dir="auto">
          {win.text}
        </p>
        <p class="win-meta">
          <span class="win-kind">{kindLabel(win.kind)}</span>
          <span>{fromPhrase(win.from)}</span>
          <time dateTime={win.day}>{shortDayLabel(win.day, now)}</time>
          {win.entry && (
            <button type="button" class="link-button win-entry-link" onClick={() => onOpenEntry(win.entry!)}>
              Open the entry
            </button>
          )}
        </p>
      </div>
      <RecordTools noun="win" onEdit={onEdit} onDelete={onDelete} />
    </li>
  );
}

export function WinsView({ revision, onAdd, onEdit, onOpenEntry, onError }: Props) {
  const weeks = useLoaded(api.winsByWeek, onError, revision);
  const [deleting, setDeleting] = useState<Win | null>(null);
  const [weeksShown, setWeeksShown] = useState(WEEKS_SHOWN);
  const now = clock.now();
  const shown = weeks.data?.filter((week) => week.wins.length > 0) ?? null;

  return (
    <RecordPage
      title="Wins"
      testId="wins-view"
      meta={(shown && summary(shown, now)) ?? 'Moments of trust regained, however small.'}
      action={
        <button
          type="button"
          class="btn btn-primary"
          onClick={onAdd}
          data-testid="wins-add"
          {...shortcutAttributes('quick-win', 'Note a small win')}
        >
          <PlusIcon />
          Win
        </button>
      }
    >
      <RecordList
        records={shown}
        failed={weeks.failed}
        failedMessage="Your wins could not be opened just now."
        empty="Nothing noted yet. When something goes well, even a little, press W and write it down."
        emptyTestId="wins-empty"
      >
        {(weeksWithWins) => (
          <div class="wins-weeks">
            {weeksWithWins.slice(0, weeksShown).map((week) => (
              <section key={week.start} class="wins-week" data-testid="wins-week" aria-labelledby={`week-${week.start}`}>
                <header class="wins-week-header">
                  <h2 id={`week-${week.start}`} class="wins-week-title">
                    {weekLabel(week.start, now)}
                    <span class="wins-week-count">{countOf(week.wins.length, 'win', 'wins')}</span>
                  </h2>
                  <KindCounts counts={week.counts} />
                </header>
                <ul class="win-list">
                  {week.wins.map((win) => (
                    <WinItem
                      key={win.id}
                      win={win}
                      now={now}
                      onEdit={() => onEdit(win)}
                      onDelete={() => setDeleting(win)}
                      onOpenEntry={onOpenEntry}
                    />
                  ))}
                </ul>
              </section>
            ))}
            {weeksWithWins.length > weeksShown && (
              <button
                type="button"
                class="btn btn-secondary wins-more"
                onClick={() => setWeeksShown((n) => n + WEEKS_SHOWN)}
                data-testid="wins-more"
              >
                Earlier weeks
              </button>
            )}
          </div>
        )}
      </RecordList>
      {deleting && (
        <DeleteRecordDialog
          noun="win"
          description={`“${deleting.text}” will be gone for good.`}
          onDelete={() => api.deleteWin(deleting.id)}
          onDeleted={() => {
            setDeleting(null);
            weeks.reload();
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </RecordPage>
  );
}
