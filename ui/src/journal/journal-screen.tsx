// The unlocked journal: the list of entries, the open entry, and the ways out (lock, auto-lock).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { EntrySummary } from '../bindings/EntrySummary';
import type { Settings } from '../bindings/Settings';
import { startIdleTimer } from '../lock/idle-timer';
import { lockAndReload } from '../lock/lock';
import { SettingsDialog } from '../settings/settings-dialog';
import { dayLabel } from './dates';
import { DeleteDialog } from './delete-dialog';
import { Editor } from './editor';
import { EntryList } from './entry-list';
import { Sidebar } from './sidebar';
import { useEntryDocument } from './use-entry-document';

type Props = {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
};

export function JournalScreen({ settings, onSettingsChange }: Props) {
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'settings' | 'delete' | null>(null);

  // The Rust side may have locked on its own; only a fresh start shows the right screen then.
  const fail = useCallback((reason: unknown) => {
    const error = toCommandError(reason);
    if (error.kind === 'locked') window.location.reload();
    else setNotice(error.message);
  }, []);

  const refresh = useCallback(() => {
    api.listEntries().then(setEntries, fail);
  }, [fail]);

  const doc = useEntryDocument(refresh);
  useEffect(refresh, [refresh]);

  const locking = useRef(false);
  const lockNow = useRef<() => Promise<void>>(() => Promise.resolve());
  lockNow.current = async () => {
    if (locking.current) return;
    locking.current = true;
    try {
      await lockAndReload({ flush: doc.flush });
    } catch (reason) {
      locking.current = false;
      const error = toCommandError(reason);
      if (error.kind === 'locked') window.location.reload();
      else setNotice(`The journal is still open: ${error.message}`);
    }
  };

  useEffect(() => {
    const timer = startIdleTimer(settings.autoLockMinutes, () => lockNow.current());
    return timer.stop;
  }, [settings.autoLockMinutes]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lockNow.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const run = (step: () => Promise<void>) => {
    setNotice(null);
    step().catch(fail);
  };

  return (
    <div class="journal">
      <Sidebar
        onNewEntry={() => run(doc.startNew)}
        onSettings={() => setDialog('settings')}
        onLock={() => lockNow.current()}
      >
        {entries && (
          <EntryList
            entries={entries}
            openId={doc.open.id}
            onOpen={(id) => run(() => doc.openEntry(id))}
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
        <Editor
          open={doc.open}
          text={doc.text}
          status={doc.status}
          onEdit={doc.edit}
          onRetry={() => run(doc.flush)}
          onBlur={() => doc.flush().catch(() => undefined)}
          onDelete={() => setDialog('delete')}
        />
      </main>
      {dialog === 'settings' && (
        <SettingsDialog
          settings={settings}
          onChange={onSettingsChange}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <DeleteDialog
          dayLabel={dayLabel(doc.open.day)}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            try {
              await doc.deleteOpen();
              setDialog(null);
              refresh();
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
