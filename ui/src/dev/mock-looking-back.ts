// Development only: the mock's answers to search, the calendar, "On this day" and the
// vocabulary, following the rules of the Rust core (src-tauri/core/src/search.rs, calendar.rs,
// journal.rs) closely enough that the preview behaves like the window.
import type { CalendarDay } from '../bindings/CalendarDay';
import type { Entry } from '../bindings/Entry';
import type { EntrySummary } from '../bindings/EntrySummary';
import type { Memory } from '../bindings/Memory';
import type { SearchHit } from '../bindings/SearchHit';
import type { SearchQuery } from '../bindings/SearchQuery';
import type { SearchResults } from '../bindings/SearchResults';
import type { Span } from '../bindings/Span';
import type { Vocabulary } from '../bindings/Vocabulary';
import { localDay } from '../journal/dates';

const STANDARD_FEELINGS = [
  'hurt', 'angry', 'confused', 'guilty', 'ashamed', 'resentful', 'hopeful', 'calm', 'connected',
  'grateful', 'sad', 'anxious', 'numb',
];
const SEARCH_LIMIT = 100;
const PREVIEW_CHARS = 140;
const SNIPPET_WORDS_BEFORE = 8;
const SNIPPET_WORDS = 36;

export function summary(entry: Entry): EntrySummary {
  const collapsed = entry.text.replace(/\s+/g, ' ').trim();
  const chars = [...collapsed];
  const preview =
    chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS - 1).join('')}…` : collapsed;
  const words = collapsed ? collapsed.split(' ').length : 0;
  const { id, day, created, updated, title, feelings, trust, tags, starred } = entry;
  return { id, day, created, updated, title, preview, words, feelings, trust, tags, starred };
}

const newestFirst = (a: Entry, b: Entry) =>
  b.day.localeCompare(a.day) || b.created.localeCompare(a.created);

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

type Word = { at: number; text: string };

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ at: m.index, text: m[0] }));
}

const isMatch = (word: string, query: string[]) => query.some((q) => fold(word).startsWith(q));

function spans(text: string, query: string[]): Span[] {
  const out: Span[] = [];
  const push = (piece: string, matched: boolean) => {
    if (!piece) return;
    const last = out[out.length - 1];
    if (last && last.matched === matched) last.text += piece;
    else out.push({ text: piece, matched });
  };
  let at = 0;
  for (const word of words(text)) {
    push(text.slice(at, word.at), false);
    push(word.text, isMatch(word.text, query));
    at = word.at + word.text.length;
  }
  push(text.slice(at), false);
  return out;
}

function snippet(text: string, query: string[]): Span[] {
  const found = words(text);
  const first = Math.max(0, found.findIndex((w) => isMatch(w.text, query)));
  const startWord = Math.max(0, first - SNIPPET_WORDS_BEFORE);
  const start = found[startWord]?.at;
  if (start === undefined) return [];
  const end = found[startWord + SNIPPET_WORDS]?.at ?? text.length;
  const result = spans(text.slice(start, end), query).map((s) => ({
    ...s,
    text: s.text.replace(/\s+/g, ' '),
  }));
  if (start > 0) result.unshift({ text: '…', matched: false });
  if (end < text.length) result.push({ text: '…', matched: false });
  return result.filter((s) => s.text);
}

function score(entry: Entry, query: string[]): number | null {
  let total = 0;
  for (const q of query) {
    let best = 0;
    const weigh = (text: string, weight: number) => {
      for (const word of words(text)) {
        const folded = fold(word.text);
        if (folded.startsWith(q)) best = Math.max(best, weight * (folded === q ? 1 : 0.6));
      }
    };
    weigh(entry.title, 3);
    [...entry.tags, ...entry.feelings].forEach((label) => weigh(label, 2));
    weigh(entry.text, 1);
    if (best === 0) return null;
    total += best;
  }
  return total;
}

export function search(entries: Entry[], query: SearchQuery): SearchResults {
  const tags = query.tags.map((t) => t.toLowerCase());
  const feelings = query.feelings.map((f) => f.toLowerCase());
  const passes = (e: Entry) =>
    (!query.starred || e.starred) &&
    (query.from === null || e.day >= query.from) &&
    (query.to === null || e.day <= query.to) &&
    tags.every((tag) => e.tags.some((t) => t.toLowerCase() === tag)) &&
    feelings.every((f) => e.feelings.includes(f));
  const terms = [...new Set(words(query.text).map((w) => fold(w.text)))];
  const found = entries
    .filter(passes)
    .map((entry) => ({ entry, score: terms.length ? score(entry, terms) : 0 }))
    .filter((f): f is { entry: Entry; score: number } => f.score !== null)
    .sort((a, b) => b.score - a.score || newestFirst(a.entry, b.entry));
  const hits: SearchHit[] = found.slice(0, SEARCH_LIMIT).map(({ entry }) => ({
    entry: summary(entry),
    title: spans(entry.title, terms),
    snippet: snippet(entry.text, terms),
  }));
  return { hits, total: found.length };
}

export function calendarMonth(entries: Entry[], year: number, month: number): CalendarDay[] {
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  const days = new Map<string, { entries: number; sum: number; rated: number; starred: boolean }>();
  for (const entry of entries.filter((e) => e.day.startsWith(prefix))) {
    const day = days.get(entry.day) ?? { entries: 0, sum: 0, rated: 0, starred: false };
    day.entries += 1;
    if (entry.trust !== null) {
      day.sum += entry.trust;
      day.rated += 1;
    }
    day.starred ||= entry.starred;
    days.set(entry.day, day);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, d]) => ({
      day,
      entries: d.entries,
      trust: d.rated ? Math.floor((2 * d.sum + d.rated) / (2 * d.rated)) : null,
      starred: d.starred,
    }));
}

function monthsBetween(earlier: string, today: string): number {
  const [ey, em] = earlier.split('-').map(Number) as [number, number];
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  return (ty - ey) * 12 + tm - em;
}

function isOnThisDay(earlier: string, today: string): boolean {
  if (earlier > today || monthsBetween(earlier, today) <= 0) return false;
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(ty, tm - 1, td + 1).getDate() === 1;
  const day = Number(earlier.slice(8));
  return day === td || (lastOfMonth && day > td);
}

export function onThisDay(entries: Entry[], today: string): Memory[] {
  return entries
    .filter((e) => isOnThisDay(e.day, today))
    .sort(newestFirst)
    .map((entry) => ({ months_ago: monthsBetween(entry.day, today), entry: summary(entry) }));
}

export function vocabulary(entries: Entry[]): Vocabulary {
  const feelings = new Map<string, number>();
  const tags = new Map<string, { count: number; spelled: string }>();
  for (const entry of entries) {
    for (const feeling of entry.feelings.filter((f) => !STANDARD_FEELINGS.includes(f))) {
      feelings.set(feeling, (feelings.get(feeling) ?? 0) + 1);
    }
    for (const tag of entry.tags) {
      const seen = tags.get(tag.toLowerCase()) ?? { count: 0, spelled: tag };
      seen.count += 1;
      tags.set(tag.toLowerCase(), seen);
    }
  }
  const byUse = (counted: [string, number][]) =>
    counted.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return {
    feelings: [...STANDARD_FEELINGS, ...byUse([...feelings])],
    tags: byUse([...tags.values()].map(({ count, spelled }) => [spelled, count])),
  };
}

/** Answers a little late, and not always in order, as a busy backend may. */
const later = <T>(answer: () => T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(answer()), 15 + Math.random() * 60));

type Answer = (args: Record<string, unknown>) => unknown;

/** The commands for looking back, each run through `unlocked`, which refuses them while locked. */
export function lookingBackCommands(
  entries: () => Entry[],
  unlocked: (answer: () => unknown) => Promise<unknown>,
): Record<string, Answer> {
  return {
    search: ({ query }) => unlocked(() => later(() => search(entries(), query as SearchQuery))),
    calendar_month: ({ year, month }) =>
      unlocked(() => calendarMonth(entries(), Number(year), Number(month))),
    on_this_day: () => unlocked(() => onThisDay(entries(), localDay())),
    vocabulary: () => unlocked(() => vocabulary(entries())),
  };
}
