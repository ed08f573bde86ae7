// The unlocked journal: the list of entries, the places (Today for writing, Journal for
// looking back, Timeline, Wins, Agreements, Triggers, Milestones), the keyboard shortcuts,
// and the ways out (lock, auto-lock).
import type { NewKeys } from '../bindings/NewKeys';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { Settings } from '../bindings/Settings';
import { useBrowseState } from '../browse/browse-state';
import { monthOf, sameMonth } from '../browse/calendar-grid';
import { JournalView } from '../browse/journal-view';
import { calendarStepFrom } from '../browse/navigation';
import { lockAndReload, type LockTrigger } from '../lock/lock';
import { handleLockRequests } from '../lock/lock-requests';
import { RecordScreen, useRecordPlaceShortcuts, type RecordPlace } from '../records/places';
import { TodayRecords } from '../records/today-records';
import { ExportDialog } from '../data/export-dialog';
import { ImportDialog } from '../data/import-dialog';
import { SettingsDialog } from '../settings/settings-dialog';
import { ChangePassphraseDialog, NewKeysDialog } from '../vault/passphrase-dialogs';
import { SupportDialog } from '../help/support-dialog';
import { ShortcutsHelp } from '../shortcuts/help-overlay';
import { useShortcuts } from '../shortcuts/use-shortcuts';
import { useTimelinePlace } from '../timeline/timeline-place';
import { SummaryView } from '../summary/summary-view';
import { TimelineView } from '../timeline/timeline-view';
import { useQuickWin } from '../wins/quick-win';
import { isBlank } from '../writing/entry-fields';
import { loadRole } from '../writing/role';
import { dayLabel, localDay } from './dates';
import { DeleteDialog } from './delete-dialog';
import { Editor } from './editor';
import { EntryList } from './entry-list';
import { Sidebar } from './sidebar';
import { useEntryDocument } from './use-entry-document';
import { useEntryLists } from './use-entry-lists';
import { useToday } from './use-today';

type Props = {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  /** Records came in from elsewhere: every list on screen is to be read afresh. */
  onJournalReplaced: () => void;
  /** The journal has new keys: its new recovery key is to be shown and kept. */
  onNewKeys: (keys: NewKeys) => void;
};

export function JournalScreen({ settings, onSettingsChange, onJournalReplaced, onNewKeys }: Props) {
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<
    'settings' | 'delete' | 'shortcuts' | 'support' | 'import' | 'export' | 'passphrase' | 'keys' | null
  >(null);
  /** Writing (the open entry), looking back (calendar, search), or a record of progress. */
  const [view, setView] = useState<'today' | 'journal' | 'timeline' | 'summary' | RecordPlace>('today');
  const browse = useBrowseState();
  const timelinePlace = useTimelinePlace();

  // The Rust side may have locked on its own; only a fresh start shows the right screen then.
  const fail = useCallback((reason: unknown) => {
    const error = toCommandError(reason);
    if (error.kind === 'locked') window.location.reload();
    else setNotice(error.message);
  }, []);

  const lists = useEntryLists(view === 'journal' ? { month: browse.month, day: browse.day } : null, fail);
  const doc = useEntryDocument(lists.saved);

  // A page left open over midnight turns to the new day, unless words are on it: what is being
  // written stays on the day it was begun, and only a blank new page moves on. The calendar
  // follows into a new month unless the person had turned it elsewhere.
  const today = useToday();
  const dayBefore = useRef(today);
  useEffect(() => {
    const yesterday = dayBefore.current;
    dayBefore.current = today;
    if (yesterday === today) return;
    if (sameMonth(browse.month, monthOf(yesterday)) && browse.day === null) browse.showMonth(monthOf(today));
    if (doc.open.id !== null || doc.open.day !== yesterday) return;
    if (isBlank(doc.fields)) run(() => doc.startNew(today));
  }, [today]);

  const locking = useRef(false);
  const lockNow = useRef<(trigger: LockTrigger) => Promise<void>>(() => Promise.resolve());
  lockNow.current = async (trigger) => {
    if (locking.current) return;
    locking.current = true;
    // The page reloads whatever the vault reports while locking; the unlock screen follows.
    await lockAndReload({ trigger, flush: doc.flush, keepDraft: doc.keepUnsaved }).catch(() => undefined);
  };

  // Whose journal this is words the check-in; until it is read, the words that fit anyone.
  useEffect(() => {
    loadRole().catch(() => undefined);
  }, []);

  // Nobody is at the computer (the Rust side keeps the idle deadline): what is being typed is
  // kept before the journal locks.
  useEffect(() => handleLockRequests((reason) => lockNow.current(reason)), []);

  const run = (step: () => Promise<void>) => {
    setNotice(null);
    step().catch(fail);
  };

  const newEntry = () => {
    setView('today');
    run(doc.startNew);
  };

  const writeFor = (day: string) => {
    setView('today');
    run(() => doc.startNew(day));
  };

  const openInEditor = (id: string) =>
    run(async () => {
      await doc.openEntry(id);
      setView('today');
    });

  // Today's page: the entry already begun today, else a new one.
  const goToday = () => {
    setView('today');
    const day = localDay();
    if (doc.open.day === day) return;
    run(async () => {
      const [begun] = await api.entriesOn(day);
      await (begun ? doc.openEntry(begun.id) : doc.startNew());
    });
  };

  const stepDay = (direction: -1 | 1) => {
    if (view === 'journal') {
      const from = calendarStepFrom(browse.month, browse.day, direction);
      run(async () => {
        const day = await api.writtenDayBeside(from, direction);
        if (day) browse.chooseDay(day);
      });
      return;
    }
    run(async () => {
      const day = await api.writtenDayBeside(doc.open.day, direction);
      const [entry] = day ? await api.entriesOn(day) : [];
      if (entry) await doc.openEntry(entry.id);
      else if (direction === 1) goToday();
    });
  };

  const quickWin = useQuickWin({
    entry: view === 'today' && doc.open.id !== null ? { id: doc.open.id, day: doc.open.day } : null,
  });
  useRecordPlaceShortcuts(setView);

  useShortcuts({
    lock: () => void lockNow.current('manual'),
    'new-entry': newEntry,
    'go-today': goToday,
    'go-journal': () => setView('journal'),
    'go-timeline': () => setView('timeline'),
    search: () => {
      setView('journal');
      browse.requestSearchFocus(true);
    },
    'previous-day': () => stepDay(-1),
    'next-day': () => stepDay(1),
    settings: () => setDialog('settings'),
    import: () => setDialog('import'),
    help: () => setDialog('shortcuts'),
  });

  return (
    <div class="journal">
      <Sidebar
        onNewEntry={newEntry}
        onSettings={() => setDialog('settings')}
        onLock={() => lockNow.current('manual')}
        view={view}
        onToday={goToday}
        onJournal={() => setView('journal')}
        onTimeline={() => setView('timeline')}
        onRecordPlace={setView}
        onShortcuts={() => setDialog('shortcuts')}
      >
        {lists.recent && lists.extent && (
          <EntryList
            entries={lists.recent}
            total={lists.extent.total}
            openId={doc.open.id}
            onOpen={openInEditor}
            onShowAll={() => setView('journal')}
          />
        )}
      </Sidebar>
      <main class="writing">
        {notice && (
          <div class="banner" role="alert">
            <p>{notice}</p>
            <button type="button" class="link-button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        )}
        {view === 'today' ? (
          <Editor
            doc={doc}
            onRetry={() => run(doc.flush)}
            onDelete={() => setDialog('delete')}
            after={
              <TodayRecords
                day={doc.open.day}
                winsRevision={quickWin.revision}
                onAddWin={() => quickWin.open()}
                onOpenAgreements={() => setView('agreements')}
                onError={fail}
              />
            }
          />
        ) : view === 'journal' ? (
          <JournalView
            browse={browse}
            extent={lists.extent}
            entries={lists.shown}
            revision={lists.revision}
            onOpen={openInEditor}
            onWrite={writeFor}
            onError={fail}
          />
        ) : view === 'timeline' ? (
          <TimelineView
            place={timelinePlace}
            revision={quickWin.revision}
            onOpen={openInEditor}
            onSummary={() => setView('summary')}
            onLocked={fail}
          />
        ) : view === 'summary' ? (
          <SummaryView onBack={() => setView('timeline')} onLocked={fail} />
        ) : (
          <RecordScreen
            place={view}
            winsRevision={quickWin.revision}
            onAddWin={() => quickWin.open()}
            onEditWin={quickWin.open}
            onOpenEntry={openInEditor}
            onError={fail}
            keepRateNumbers={settings.showKeepRates}
          />
        )}
      </main>
      {dialog === 'settings' && (
        <SettingsDialog
          settings={settings}
          onChange={onSettingsChange}
          onClose={() => setDialog(null)}
          onImport={() => setDialog('import')}
          onExport={() => setDialog('export')}
          onRestore={() => void lockNow.current('restore')}
          onChangePassphrase={() => setDialog('passphrase')}
          onNewKeys={() => setDialog('keys')}
          onSupport={() => setDialog('support')}
        />
      )}
      {dialog === 'passphrase' && <ChangePassphraseDialog onClose={() => setDialog(null)} />}
      {dialog === 'keys' && <NewKeysDialog onClose={() => setDialog(null)} onNewKeys={onNewKeys} />}
      {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} onImported={onJournalReplaced} />}
      {dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <ShortcutsHelp onClose={() => setDialog(null)} onSupport={() => setDialog('support')} />}
      {dialog === 'support' && <SupportDialog onClose={() => setDialog(null)} />}
      {quickWin.element}
      {dialog === 'delete' && (
        <DeleteDialog
          dayLabel={dayLabel(doc.open.day)}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            try {
              const deleted = await doc.deleteOpen();
              setDialog(null);
              if (deleted) lists.deleted(deleted);
            } catch (reason) {
              setDialog(null);
              fail(reason);
            }
          }}
        />
      )}
    </div>
  );
}
