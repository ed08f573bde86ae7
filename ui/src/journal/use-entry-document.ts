// The entry open in the editor: its text, its save status, and the moves between entries, each
// of which first saves what was typed so nothing is lost on the way.
import { useRef, useState } from 'preact/hooks';
import * as api from '../api';
import type { Entry } from '../bindings/Entry';
import { createAutosave, type Autosave, type SaveStatus } from './autosave';
import { localDay } from './dates';

export type OpenEntry = {
  /** Changes whenever another entry is opened, so the editor starts afresh. */
  key: number;
  id: string | null;
  day: string;
  created: string | null;
};

export function useEntryDocument(onSaved: (entry: Entry) => void) {
  const [open, setOpen] = useState<OpenEntry>({ key: 0, id: null, day: localDay(), created: null });
  const [text, setText] = useState('');
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const savedCallback = useRef(onSaved);
  savedCallback.current = onSaved;

  const current = useRef<Autosave | null>(null);

  const begin = (id: string | null, day: string): Autosave => {
    const autosave: Autosave = createAutosave({
      id,
      day,
      save: api.saveEntry,
      // A save that finishes after another entry was opened must not touch the new one.
      onStatus: (next) => current.current === autosave && setStatus(next),
      onSaved: (entry) => {
        if (current.current !== autosave) return;
        setOpen((was) =>
          was.id === entry.id ? was : { ...was, id: entry.id, created: entry.created },
        );
        savedCallback.current(entry);
      },
    });
    return autosave;
  };

  const active = () => (current.current ??= begin(null, open.day));

  const show = (id: string | null, day: string, created: string | null, body: string) => {
    active().dispose();
    current.current = begin(id, day);
    setOpen((was) => ({ key: was.key + 1, id, day, created }));
    setText(body);
    setStatus({ state: 'idle' });
  };

  const flush = () => active().flush();

  return {
    open,
    text,
    status,
    edit(body: string) {
      setText(body);
      active().change(body);
    },
    flush,
    async openEntry(id: string) {
      await flush();
      const entry = await api.getEntry(id);
      show(entry.id, entry.day, entry.created, entry.text);
    },
    async startNew() {
      await flush();
      show(null, localDay(), null, '');
    },
    /** Deletes the open entry, even if its last words could not be saved, then starts anew. */
    async deleteOpen() {
      await flush().catch(() => undefined);
      const id = active().id;
      if (id === null) return;
      await api.deleteEntry(id);
      show(null, localDay(), null, '');
    },
  };
}
