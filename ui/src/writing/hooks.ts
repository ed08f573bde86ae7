// Small hooks the editor is built from.
import { useEffect, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import type { Prompt } from '../bindings/Prompt';
import type { Vocabulary } from '../bindings/Vocabulary';
import { useRole } from './role';
import { countWords } from './words';
import { LONG_TEXT_CHARS } from './writing-area';

/** The standard feelings, shown before the vocabulary arrives so the chips never jump. */
export const STANDARD_FEELINGS = [
  'hurt', 'angry', 'sad', 'anxious', 'hopeful', 'calm', 'confused', 'lonely', 'insecure', 'overwhelmed', 'numb',
  'relieved', 'connected', 'grateful', 'betrayed', 'jealous', 'resentful', 'guilty', 'ashamed', 'remorseful', 'defensive',
];

/**
 * The feelings and tags to offer, fetched again whenever another entry is opened or the person
 * says whose journal this is (which orders the feelings).
 */
export function useVocabulary(entryKey: number): Vocabulary {
  const role = useRole();
  const [vocabulary, setVocabulary] = useState<Vocabulary>({ feelings: STANDARD_FEELINGS, tags: [] });
  useEffect(() => {
    let live = true;
    api.vocabulary().then(
      (next) => live && next && setVocabulary(next),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [entryKey, role]);
  return vocabulary;
}

const SETTLE_MS = 400;

/**
 * The words in `text`, counted on every change while the text is of a normal size; a huge text
 * is recounted once typing pauses, showing the last count meanwhile.
 */
export function useWordCount(text: string): number {
  const heavy = text.length > LONG_TEXT_CHARS;
  const shown = useRef(0);
  const [settled, setSettled] = useState<number | null>(null);
  useEffect(() => {
    if (!heavy) {
      setSettled(null);
      return;
    }
    const timer = setTimeout(() => setSettled(countWords(text)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text, heavy]);
  if (!heavy) shown.current = countWords(text);
  else if (settled !== null) shown.current = settled;
  return shown.current;
}

/**
 * Today's prompt, while `wanted`, asked again when the person says whose journal this is (a
 * prompt for the other partner is then replaced); a failure to fetch one simply shows none.
 */
export function useTodaysPrompt(wanted: boolean) {
  const role = useRole();
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    api.todaysPrompt().then(
      (today) => live && setPrompt(today),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, role]);
  return {
    prompt: wanted ? prompt : null,
    busy,
    another() {
      setBusy(true);
      api
        .anotherPrompt()
        .then(setPrompt, () => undefined)
        .finally(() => setBusy(false));
    },
    dismiss() {
      setPrompt(null);
      api.dismissPrompt().catch(() => undefined);
    },
  };
}

/** Focus mode hides everything but the writing; the mark on the document lets any style follow. */
export function useFocusMode() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-focus-mode', on);
    return () => document.documentElement.removeAttribute('data-focus-mode');
  }, [on]);
  return [on, setOn] as const;
}
