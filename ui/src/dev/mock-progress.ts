// Development only: the mock's wins, agreements, triggers and milestones, held to the rules of
// the Rust core (src-tauri/core/src/progress/) so the preview refuses what the app would refuse,
// with a few months of believable records so the screens look lived in.
//
// Query flag, read on the first load of a tab:
//   progress=0   an unlocked journal starts without any of these records
import type { AgreementView } from '../bindings/AgreementView';
import type { Agreements } from '../bindings/Agreements';
import type { Cadence } from '../bindings/Cadence';
import type { CommandError } from '../bindings/CommandError';
import type { FrequentTrigger } from '../bindings/FrequentTrigger';
import type { Keeping } from '../bindings/Keeping';
import type { KindCount } from '../bindings/KindCount';
import type { Milestone } from '../bindings/Milestone';
import type { MilestoneDraft } from '../bindings/MilestoneDraft';
import type { Terms } from '../bindings/Terms';
import type { Trigger } from '../bindings/Trigger';
import type { TriggerDraft } from '../bindings/TriggerDraft';
import type { TriggerMonth } from '../bindings/TriggerMonth';
import type { TriggerPatterns } from '../bindings/TriggerPatterns';
import type { Win } from '../bindings/Win';
import type { WinDraft } from '../bindings/WinDraft';
import type { WinKind } from '../bindings/WinKind';
import type { WinWeek } from '../bindings/WinWeek';
import { addDays } from '../browse/calendar-grid';
import { localDay, parseDay } from '../journal/dates';
import { sampleProgress } from './mock-progress-samples';
import './mock-progress-scenes';

/** An agreement as the core keeps it: every version of its terms, and a mark per day. */
export type MockAgreement = {
  id: string;
  terms: Terms[];
  retired: string | null;
  marks: Record<string, Keeping>;
};

export type ProgressRecords = {
  wins: Win[];
  agreements: MockAgreement[];
  triggers: Trigger[];
  milestones: Milestone[];
};

const STORAGE_KEY = 'kintsugi-mock-progress';
const WIN_KINDS: readonly WinKind[] = [
  'communication', 'responsibility', 'boundaries', 'professional_support', 'consistency', 'quality_time', 'empathy',
];

function seed(): ProgressRecords {
  const query = new URLSearchParams(location.search);
  const empty = (query.get('state') ?? 'absent') === 'absent' || query.get('progress') === '0';
  return empty ? { wins: [], agreements: [], triggers: [], milestones: [] } : sampleProgress(localDay());
}

const stored = sessionStorage.getItem(STORAGE_KEY);
const records: ProgressRecords = stored ? (JSON.parse(stored) as ProgressRecords) : seed();
const persist = () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(records));
persist();

/** The records as they stand, for the mock's timeline. */
export const progressRecords = (): Readonly<ProgressRecords> => records;

// The core's refusals, in its words.

class Refusal {
  constructor(readonly error: CommandError) {}
}
const refuse = (message: string) => new Refusal({ kind: 'invalid_input', message });
const notFound = () => new Refusal({ kind: 'not_found', message: 'That record no longer exists; it may have been deleted.' });

function checkDay(day: string): string {
  const year = Number(String(day).slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(day)) || !(year >= 1920 && year <= 2200)) {
    throw refuse('Choose a day between the years 1920 and 2200.');
  }
  return day;
}

function checkedText(text: string, what: string, max: number, required: boolean): string {
  const collapsed = String(text).split(/\s+/u).filter(Boolean).join(' ');
  if (required && !collapsed) throw refuse(`Write a few words for the ${what}.`);
  const chars = [...collapsed].length;
  if (chars > max) throw refuse(`The ${what} can be up to ${max} characters; this one has ${chars}.`);
  return collapsed;
}

function checkedNote(text: string, what: string, max: number): string {
  const note = String(text).trim();
  const chars = [...note].length;
  if (chars > max) throw refuse(`The ${what} can be up to ${max} characters; this one has ${chars}.`);
  return note;
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw refuse('That is not a record id.');
  }
  return id;
}

const newestFirst = (a: { day: string; created: string }, b: { day: string; created: string }) =>
  b.day.localeCompare(a.day) || b.created.localeCompare(a.created);

/** The existing record's creation time, or now for a new one. */
function identity<T extends { id: string; created: string }>(list: T[], id: string | null): { id: string; created: string } {
  if (id === null) return { id: crypto.randomUUID(), created: new Date().toISOString() };
  const found = list.find((record) => record.id === checkId(id));
  if (!found) throw notFound();
  return { id: found.id, created: found.created };
}

function upsert<T extends { id: string }>(list: T[], record: T) {
  const index = list.findIndex((r) => r.id === record.id);
  if (index >= 0) list[index] = record;
  else list.push(record);
  persist();
}

function remove(list: { id: string }[], id: unknown) {
  const index = list.findIndex((r) => r.id === checkId(id));
  if (index < 0) throw notFound();
  list.splice(index, 1);
  persist();
}

// Wins

function weekStart(day: string): string {
  return addDays(day, -((parseDay(day).getDay() + 6) % 7));
}

export function countByKind(wins: readonly Win[]): KindCount[] {
  return WIN_KINDS.map((kind) => ({ kind, count: wins.filter((w) => w.kind === kind).length })).filter((c) => c.count > 0);
}

function winsByWeek(): WinWeek[] {
  const weeks = new Map<string, Win[]>();
  for (const win of records.wins) {
    const start = weekStart(win.day);
    weeks.set(start, [...(weeks.get(start) ?? []), win]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([start, wins]) => {
      const sorted = [...wins].sort(newestFirst);
      return { start, wins: sorted, counts: countByKind(sorted) };
    });
}

function saveWin(draft: WinDraft, entryExists: (id: string) => boolean): Win {
  const { id, created } = identity(records.wins, draft.id);
  if (draft.entry !== null && !entryExists(draft.entry)) throw new Refusal({ kind: 'not_found', message: 'That entry no longer exists; it may have been deleted.' });
  const win: Win = {
    id,
    created,
    day: checkDay(draft.day),
    text: checkedText(draft.text, 'win', 500, true),
    kind: draft.kind,
    from: draft.from,
    entry: draft.entry,
  };
  upsert(records.wins, win);
  return { ...win };
}

// Agreements

const keepRate = (kept: number, missed: number) => (kept + missed > 0 ? kept / (kept + missed) : null);

export function agreementView(agreement: MockAgreement): AgreementView {
  const marks = Object.entries(agreement.marks)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, keeping]) => ({ day, keeping }));
  const count = (wanted: Keeping) => marks.filter((m) => m.keeping === wanted).length;
  const [kept, missed, renegotiated] = [count('kept'), count('missed'), count('renegotiated')];
  return {
    id: agreement.id,
    current: { ...agreement.terms[agreement.terms.length - 1]! },
    since: agreement.terms[0]!.from,
    earlier: agreement.terms.slice(0, -1).map((t) => ({ ...t })),
    retired: agreement.retired,
    marks,
    kept,
    missed,
    renegotiated,
    keep_rate: keepRate(kept, missed),
  };
}

function overview(): Agreements {
  const views = records.agreements.map(agreementView);
  views.sort(
    (a, b) =>
      Number(a.retired !== null) - Number(b.retired !== null) ||
      a.since.localeCompare(b.since) ||
      a.current.text.localeCompare(b.current.text),
  );
  const kept = views.reduce((sum, v) => sum + v.kept, 0);
  const missed = views.reduce((sum, v) => sum + v.missed, 0);
  return { agreements: views, keep_rate: keepRate(kept, missed) };
}

/** Changes a copy of the agreement, so that a refusal changes nothing. */
function changeAgreement(id: unknown, change: (agreement: MockAgreement) => void): AgreementView {
  const index = records.agreements.findIndex((a) => a.id === checkId(id));
  if (index < 0) throw notFound();
  const copy: MockAgreement = structuredClone(records.agreements[index]!);
  change(copy);
  records.agreements[index] = copy;
  persist();
  return agreementView(copy);
}

function checkOpen(agreement: MockAgreement, day: string) {
  checkDay(day);
  if (agreement.retired !== null && day >= agreement.retired) {
    throw refuse(`This agreement was retired on ${agreement.retired}. Marks can be changed only for the days before.`);
  }
  const since = agreement.terms[0]!.from;
  if (day < since) throw refuse(`This agreement began on ${since}; choose a day from then on.`);
}

function renegotiate(agreement: MockAgreement, text: string, cadence: Cadence, day: string) {
  checkOpen(agreement, day);
  const current = agreement.terms[agreement.terms.length - 1]!;
  if (day < current.from) throw refuse(`The current terms began on ${current.from}; renegotiate from then on.`);
  const terms = { text: checkedText(text, 'agreement', 500, true), cadence, from: day };
  if (current.from === day) agreement.terms[agreement.terms.length - 1] = terms;
  else agreement.terms.push(terms);
  agreement.marks[day] = 'renegotiated';
}

function retire(agreement: MockAgreement, day: string) {
  checkOpen(agreement, day);
  agreement.retired = day;
  for (const marked of Object.keys(agreement.marks)) if (marked >= day) delete agreement.marks[marked];
}

// Triggers

function saveTrigger(draft: TriggerDraft): Trigger {
  const { id, created } = identity(records.triggers, draft.id);
  const day = checkDay(draft.day);
  const what = checkedText(draft.what, 'trigger', 300, true);
  if (!(Number.isInteger(draft.intensity) && draft.intensity >= 1 && draft.intensity <= 5)) {
    throw refuse(`Intensity is rated from 1 to 5, not ${draft.intensity}.`);
  }
  if (draft.settled_minutes !== null && draft.settled_minutes > 10_080) {
    throw refuse('Time to settle can be up to a week (10,080 minutes).');
  }
  const helped = checkedNote(draft.helped, 'note on what helped', 2_000);
  const trigger: Trigger = { id, created, day, what, intensity: draft.intensity, helped, settled_minutes: draft.settled_minutes };
  upsert(records.triggers, trigger);
  return { ...trigger };
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

function patterns(): TriggerPatterns {
  const same = new Map<string, Trigger[]>();
  const months = new Map<string, Trigger[]>();
  for (const trigger of records.triggers) {
    const key = fold(trigger.what);
    same.set(key, [...(same.get(key) ?? []), trigger]);
    const month = `${trigger.day.slice(0, 7)}-01`;
    months.set(month, [...(months.get(month) ?? []), trigger]);
  }
  const frequent: FrequentTrigger[] = [...same.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const latest = [...group].sort(newestFirst)[0]!;
      return { what: latest.what, count: group.length, intensity: mean(group.map((t) => t.intensity)) ?? 0, last: latest.day };
    })
    .sort((a, b) => b.count - a.count || b.last.localeCompare(a.last))
    .slice(0, 10);
  const byMonth: TriggerMonth[] = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, group]) => ({
      month,
      count: group.length,
      intensity: mean(group.map((t) => t.intensity)) ?? 0,
      settled_minutes: mean(group.flatMap((t) => (t.settled_minutes === null ? [] : [t.settled_minutes]))),
    }));
  return { frequent, months: byMonth };
}

// Milestones

function saveMilestone(draft: MilestoneDraft): Milestone {
  const { id, created } = identity(records.milestones, draft.id);
  const day = checkDay(draft.day);
  const title = checkedText(draft.title, "milestone's title", 200, false);
  if (draft.kind === 'custom' && !title) throw refuse('Give your own milestone a title.');
  const note = checkedNote(draft.note, "milestone's note", 20_000);
  const milestone: Milestone = { id, created, day, kind: draft.kind, title, note };
  upsert(records.milestones, milestone);
  return { ...milestone };
}

type Answer = (args: Record<string, unknown>) => unknown;
type Unlocked = <T>(answer: () => T | Promise<T>) => Promise<T>;

/** The commands, each answering only while the journal is unlocked. */
export function progressCommands(unlocked: Unlocked, entryExists: (id: string) => boolean): Record<string, Answer> {
  const answer =
    <T>(run: (args: Record<string, unknown>) => T): Answer =>
    (args) =>
      unlocked(() => {
        try {
          return run(args);
        } catch (reason) {
          if (reason instanceof Refusal) return Promise.reject(reason.error);
          throw reason;
        }
      });
  return {
    save_win: answer(({ draft }) => saveWin(draft as WinDraft, entryExists)),
    delete_win: answer(({ id }) => remove(records.wins, id)),
    wins_by_week: answer(winsByWeek),
    agreements: answer(overview),
    add_agreement: answer(({ text, cadence, since }) => {
      const from = checkDay(String(since));
      const agreement: MockAgreement = {
        id: crypto.randomUUID(),
        terms: [{ text: checkedText(String(text), 'agreement', 500, true), cadence: cadence as Cadence, from }],
        retired: null,
        marks: {},
      };
      records.agreements.push(agreement);
      persist();
      return agreementView(agreement);
    }),
    mark_agreement: answer(({ id, day, keeping }) =>
      changeAgreement(id, (agreement) => {
        checkOpen(agreement, String(day));
        if (keeping) agreement.marks[String(day)] = keeping as Keeping;
        else delete agreement.marks[String(day)];
      }),
    ),
    renegotiate_agreement: answer(({ id, text, cadence, day }) =>
      changeAgreement(id, (agreement) => renegotiate(agreement, String(text), cadence as Cadence, String(day))),
    ),
    retire_agreement: answer(({ id, day }) => changeAgreement(id, (agreement) => retire(agreement, String(day)))),
    delete_agreement: answer(({ id }) => remove(records.agreements, id)),
    save_trigger: answer(({ draft }) => saveTrigger(draft as TriggerDraft)),
    delete_trigger: answer(({ id }) => remove(records.triggers, id)),
    triggers: answer(() => [...records.triggers].sort(newestFirst)),
    trigger_patterns: answer(patterns),
    save_milestone: answer(({ draft }) => saveMilestone(draft as MilestoneDraft)),
    delete_milestone: answer(({ id }) => remove(records.milestones, id)),
    milestones: answer(() => [...records.milestones].sort(newestFirst)),
  };
}
