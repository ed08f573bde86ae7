import type { ComponentChildren } from 'preact';
import { CalendarIcon, KeyboardIcon } from '../browse/icons';
import { GearIcon, LockIcon, Mark, PlusIcon } from '../controls/icons';
import { moment } from '../perf/marks';
import { RecordPlaceButtons, type RecordPlace } from '../records/places';
import { TimelineIcon } from '../timeline/icons';
import { shortcutAttributes } from '../shortcuts/use-shortcuts';
import { WriteIcon } from '../writing/icons';
import '../browse/places.css';

type Props = {
  onNewEntry: () => void;
  onSettings: () => void;
  onLock: () => void;
  /** Which place is open: writing today, looking back through the journal, or a record of progress. */
  view: 'today' | 'journal' | 'timeline' | 'summary' | RecordPlace;
  onToday: () => void;
  onJournal: () => void;
  onTimeline: () => void;
  onRecordPlace: (place: RecordPlace) => void;
  onShortcuts: () => void;
  /** The list of entries. */
  children: ComponentChildren;
};

export function Sidebar(props: Props) {
  const { onNewEntry, onSettings, onLock, view, onToday, onJournal, onTimeline, onRecordPlace, onShortcuts, children } = props;
  return (
    <aside class="sidebar">
      <div class="brand">
        <Mark size={30} />
        <span class="brand-name">Kintsugi</span>
      </div>
      <button
        type="button"
        class="btn btn-secondary btn-block"
        onClick={onNewEntry}
        data-testid="new-entry"
        {...shortcutAttributes('new-entry', 'New entry')}
      >
        <PlusIcon />
        New entry
      </button>
      <nav class="sidebar-places" aria-label="Places">
        <button
          type="button"
          class="place"
          aria-current={view === 'today' ? 'page' : undefined}
          onClick={onToday}
          data-testid="nav-today"
          {...shortcutAttributes('go-today', 'Today')}
        >
          <WriteIcon />
          Today
        </button>
        <button
          type="button"
          class="place"
          aria-current={view === 'journal' ? 'page' : undefined}
          onClick={() => {
            moment('journal-chosen');
            onJournal();
          }}
          data-testid="nav-journal"
          {...shortcutAttributes('go-journal', 'Journal')}
        >
          <CalendarIcon />
          Journal
        </button>
        <button
          type="button"
          class="place"
          aria-current={view === 'timeline' || view === 'summary' ? 'page' : undefined}
          onClick={() => {
            moment('timeline-chosen');
            onTimeline();
          }}
          data-testid="nav-timeline"
          {...shortcutAttributes('go-timeline', 'Timeline')}
        >
          <TimelineIcon />
          Timeline
        </button>
        <RecordPlaceButtons current={view} onGo={onRecordPlace} />
      </nav>
      <nav class="sidebar-entries" aria-label="Recent entries">
        <h2 class="sidebar-heading">Recent</h2>
        {children}
      </nav>
      <div class="sidebar-foot">
        <button
          type="button"
          class="btn btn-quiet btn-small"
          onClick={onSettings}
          data-testid="settings-button"
          {...shortcutAttributes('settings', 'Settings')}
        >
          <GearIcon />
          Settings
        </button>
        <button
          type="button"
          class="btn btn-quiet btn-small"
          onClick={onLock}
          data-testid="lock-button"
          {...shortcutAttributes('lock', 'Lock')}
        >
          <LockIcon />
          Lock
        </button>
        <button
          type="button"
          class="btn btn-quiet btn-small btn-icon"
          onClick={onShortcuts}
          aria-label="Keyboard shortcuts"
          data-testid="shortcuts-button"
          {...shortcutAttributes('help', 'Keyboard shortcuts')}
        >
          <KeyboardIcon />
        </button>
      </div>
    </aside>
  );
}
