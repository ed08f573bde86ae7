// The places that notice progress (Wins, Agreements, Triggers, Milestones) and the Letters between
// the two partners: their sidebar
// buttons, their shortcuts, and which screen each one shows.
import type { Win } from '../bindings/Win';
import { AgreementsView } from '../agreements/agreements-view';
import { LettersView } from '../letters/letters-view';
import { MilestonesView } from '../milestones/milestones-view';
import { shortcutAttributes, useShortcuts } from '../shortcuts/use-shortcuts';
import { TriggersView } from '../triggers/triggers-view';
import { WinsView } from '../wins/wins-view';
import { AgreementIcon, LetterIcon, MilestoneIcon, TriggerIcon, WinIcon } from './icons';
import './sidebar-places.css';

export const RECORD_PLACES = [
  { place: 'wins', label: 'Wins', shortcut: 'go-wins', Icon: WinIcon },
  { place: 'agreements', label: 'Agreements', shortcut: 'go-agreements', Icon: AgreementIcon },
  { place: 'triggers', label: 'Triggers', shortcut: 'go-triggers', Icon: TriggerIcon },
  { place: 'milestones', label: 'Milestones', shortcut: 'go-milestones', Icon: MilestoneIcon },
  { place: 'letters', label: 'Letters', shortcut: 'go-letters', Icon: LetterIcon },
] as const;

export type RecordPlace = (typeof RECORD_PLACES)[number]['place'];

export function isRecordPlace(view: string): view is RecordPlace {
  return RECORD_PLACES.some((entry) => entry.place === view);
}

/** Binds Ctrl+4 to Ctrl+8 to the places. */
export function useRecordPlaceShortcuts(go: (place: RecordPlace) => void) {
  useShortcuts({
    'go-wins': () => go('wins'),
    'go-agreements': () => go('agreements'),
    'go-triggers': () => go('triggers'),
    'go-milestones': () => go('milestones'),
    'go-letters': () => go('letters'),
  });
}

type ButtonsProps = { current: string; onGo: (place: RecordPlace) => void };

/** The sidebar's buttons for the places, after Today and Journal. */
export function RecordPlaceButtons({ current, onGo }: ButtonsProps) {
  return (
    <>
      {RECORD_PLACES.map(({ place, label, shortcut, Icon }) => (
        <button
          key={place}
          type="button"
          class="place"
          aria-current={current === place ? 'page' : undefined}
          onClick={() => onGo(place)}
          data-testid={`nav-${place}`}
          {...shortcutAttributes(shortcut, label)}
        >
          <Icon />
          {label}
        </button>
      ))}
    </>
  );
}

type ScreenProps = {
  place: RecordPlace;
  /** Goes up after a win is saved from the quick-win dialog. */
  winsRevision: number;
  onAddWin: () => void;
  onEditWin: (win: Win) => void;
  onOpenEntry: (id: string) => void;
  onError: (reason: unknown) => void;
  /** Keep rates as numbers, or in words (Settings). */
  keepRateNumbers: boolean;
};

export function RecordScreen({ place, winsRevision, onAddWin, onEditWin, onOpenEntry, onError, keepRateNumbers }: ScreenProps) {
  switch (place) {
    case 'wins':
      return (
        <WinsView revision={winsRevision} onAdd={onAddWin} onEdit={onEditWin} onOpenEntry={onOpenEntry} onError={onError} />
      );
    case 'agreements':
      return <AgreementsView onError={onError} numbers={keepRateNumbers} />;
    case 'triggers':
      return <TriggersView onError={onError} />;
    case 'milestones':
      return <MilestonesView onError={onError} />;
    case 'letters':
      return <LettersView onError={onError} />;
  }
}
