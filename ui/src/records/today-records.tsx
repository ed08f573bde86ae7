// Beneath the check-in on Today: the agreements to mark for the open day, and the day's wins
// with "+ Win" to add one. The daily minute ends here.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import type { AgreementView } from '../bindings/AgreementView';
import type { Win } from '../bindings/Win';
import { AgreementsToday } from '../agreements/agreements-today';
import { PlusIcon } from '../controls/icons';
import { localDay } from '../journal/dates';
import { shortcutAttributes } from '../shortcuts/use-shortcuts';
import { kindLabel } from '../wins/kinds';
import { dateLabel, weekStart } from './labels';
import './records.css';

type Props = {
  /** The day of the entry open on Today. */
  day: string;
  /** Goes up after a win is saved. */
  winsRevision: number;
  onAddWin: () => void;
  onOpenAgreements: () => void;
  onError: (reason: unknown) => void;
};

export function TodayRecords({ day, winsRevision, onAddWin, onOpenAgreements, onError }: Props) {
  const [agreements, setAgreements] = useState<AgreementView[] | null>(null);
  const [wins, setWins] = useState<Win[]>([]);
  const today = day === localDay();

  useEffect(() => {
    let live = true;
    api.agreements().then((answer) => live && setAgreements(answer?.agreements ?? null), onError);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    api.winsByWeek().then((weeks) => {
      if (!live) return;
      const week = weeks?.find((w) => w.start === weekStart(day));
      setWins(week?.wins.filter((win) => win.day === day) ?? []);
    }, onError);
    return () => {
      live = false;
    };
  }, [day, winsRevision]);

  const replace = (view: AgreementView) =>
    setAgreements((all) => all && all.map((a) => (a.id === view.id ? view : a)));

  return (
    <section class="today-records" aria-label="Agreements and wins" data-testid="today-records">
      {agreements !== null && (
        <div class="today-records-block">
          <h2 class="check-in-label">{today ? 'Agreements today' : `Agreements on ${dateLabel(day)}`}</h2>
          <AgreementsToday agreements={agreements} day={day} onMarked={replace} onOpenAgreements={onOpenAgreements} />
        </div>
      )}
      <div class="today-records-block">
        <div class="today-records-heading">
          <h2 class="check-in-label">{today ? 'Wins today' : `Wins on ${dateLabel(day)}`}</h2>
          <button
            type="button"
            class="btn btn-secondary btn-small"
            onClick={onAddWin}
            data-testid="win-button"
            {...shortcutAttributes('quick-win', 'Note a small win')}
          >
            <PlusIcon />
            Win
          </button>
        </div>
        {wins.length > 0 ? (
          <ul class="today-wins" data-testid="today-wins">
            {wins.map((win) => (
              <li key={win.id} class="today-win">
                <span class={`win-mark kind-${win.kind}`} aria-hidden="true" />
                <span class="today-win-text" dir="auto">
                  {win.text}
                </span>
                <span class="today-win-kind">{kindLabel(win.kind)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="today-records-note">Something went well, however small? Note it: it counts.</p>
        )}
      </div>
    </section>
  );
}
