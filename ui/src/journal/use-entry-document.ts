// The entry open in the editor: all its parts, its save status, the draft that guards it against
// a crash, and the moves between entries, each of which first saves what was written so nothing
// is lost on the way.
import { useEffect, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import type { Entry } from '../bindings/Entry';
import { createDraftKeeper, type DraftKeeper } from '../writing/draft-keeper';
import { judgeDraft, type DraftOffer } from '../writing/draft-recovery';
import { EMPTY_FIELDS, fieldsOf, moveTitleOverflow, toDraft, type EntryFields } from '../writing/entry-fields';
import { createAutosave, type Autosave, type SaveStatus } from './autosave';
import { localDay } from './dates';

export type OpenEntry = {
  /** Changes whenever another entry is opened, so the editor starts afresh. */
  key: number;
  id: string | null;
  day: string;
  created: string | null;
};

export type EntryDocument = ReturnType<typeof useEntryDocument>;

export function useEntryDocument(onSaved: (entry: Entry) => void) {
  const [open, setOpen] = useState<OpenEntry>({ key: 0, id: null, day: localDay(), created: null });
  const [fields, setFields] = useState<EntryFields>(EMPTY_FIELDS);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [draftOffer, setDraftOffer] = useState<DraftOffer | null>(null);
  /** Whether the words not yet saved are kept safe as the crash draft. */
  const [draftKept, setDraftKept] = useState(false);
  const savedCallback = useRef(onSaved);
  savedCallback.current = onSaved;

  // Edits can come faster than renders (a tag added, then a feeling, in one tick): the latest
  // state lives here, and the rendered state follows it.
  const latest = useRef({ fields: EMPTY_FIELDS, day: open.day });
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
        setDraftKept(false);
        savedCallback.current(entry);
      },
    });
    return autosave;
  };

  const active = () => (current.current ??= begin(null, latest.current.day));

  const unsavedDraft = () => {
    const autosave = active();
    if (!autosave.unsaved) return null;
    // The vault refuses an over-long title in a draft too; kept with the rest moved into the
    // text, nothing typed is lost even then.
    return toDraft(autosave.id, latest.current.day, moveTitleOverflow(latest.current.fields));
  };

  const keeperRef = useRef<DraftKeeper | null>(null);
  const keeper = (keeperRef.current ??= createDraftKeeper({
    snapshot: unsavedDraft,
    // Kept means the latest words are safe: a draft taken before the last keystroke is not.
    keep: (draft) =>
      api.keepDraft(draft).then(() => {
        if (JSON.stringify(draft) === JSON.stringify(unsavedDraft())) setDraftKept(true);
      }),
    forget: api.discardDraft,
  }));

  useEffect(() => keeper.cancel, []);

  // Once per unlock: writing left behind by a crash is offered back, if the vault lacks it.
  useEffect(() => {
    let live = true;
    api
      .getDraft()
      .then((draft) => judgeDraft(draft, api.getEntry))
      .then((verdict) => {
        if (!live) return;
        if (verdict.kind === 'offer') setDraftOffer(verdict.offer);
        if (verdict.kind === 'redundant') api.discardDraft().catch(() => undefined);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const show = (id: string | null, day: string, created: string | null, shown: EntryFields) => {
    active().dispose();
    current.current = begin(id, day);
    latest.current = { fields: shown, day };
    setOpen((was) => ({ key: was.key + 1, id, day, created }));
    setFields(shown);
    setStatus({ state: 'idle' });
  };

  const flush = () => active().flush();

  const edit = (change: Partial<EntryFields>) => {
    const next = { ...latest.current.fields, ...change };
    latest.current = { ...latest.current, fields: next };
    setFields(next);
    setDraftKept(false);
    active().change(next);
    keeper.changed();
  };

  /** Moves the open entry to another day; it saves like any other change. */
  const moveToDay = (day: string) => {
    if (day === latest.current.day) return;
    latest.current = { ...latest.current, day };
    setOpen((was) => ({ ...was, day }));
    active().change(latest.current.fields, day);
    keeper.changed();
  };

  return {
    open,
    fields,
    status,
    draftKept,
    edit,
    moveToDay,
    flush,
    /**
     * Keeps what could not be saved as the crash draft, at once; rejects if even that fails.
     * An over-long title is kept with its overflow in the text, as the vault takes no other.
     */
    keepUnsaved: () => keeper.keepNow(),
    async openEntry(id: string) {
      await flush();
      const entry = await api.getEntry(id);
      show(entry.id, entry.day, entry.created, fieldsOf(entry));
    },
    /** A new entry, for today unless another day is given; a day may have several. */
    async startNew(day: string = localDay()) {
      await flush();
      show(null, day, null, EMPTY_FIELDS);
    },
    /**
     * Deletes the open entry, even if its last words could not be saved, then starts anew.
     * Resolves with the id deleted, or null when the entry was never saved.
     */
    async deleteOpen(): Promise<string | null> {
      await flush().catch(() => undefined);
      const id = active().id;
      if (id === null) return null;
      keeper.cancel();
      await api.deleteEntry(id);
      show(null, localDay(), null, EMPTY_FIELDS);
      api.discardDraft().catch(() => undefined);
      return id;
    },
    /** Writing recovered after a crash, if there is any to offer. */
    draftOffer,
    /** Puts the recovered writing in the editor, where it saves like any change. */
    async restoreDraft() {
      const offer = draftOffer;
      if (!offer) return;
      await flush();
      setDraftOffer(null);
      const { id, day } = offer.draft;
      show(id, day, offer.created, fieldsOf(offer.draft));
      edit({});
    },
    discardDraft() {
      setDraftOffer(null);
      // Once the editor has kept its own draft, the recovered one is already replaced.
      if (!keeper.touched) api.discardDraft().catch(() => undefined);
    },
  };
}
