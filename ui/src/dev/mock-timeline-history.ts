// Development only: the years before the mock's sample progress records. A journal of many
// entries (entries=3650 fills ten years) reaches back far beyond the half year of sample wins,
// agreements, triggers and milestones, so the timeline gets believable records for those older
// days too: on the days that have entries, wins grow more frequent, agreements are kept more
// often and triggers come rarer and gentler as the years pass. They are made once per load and
// seen only by the timeline and its drill-down.
import type { Entry } from '../bindings/Entry';
import type { Milestone } from '../bindings/Milestone';
import type { Trigger } from '../bindings/Trigger';
import type { Win } from '../bindings/Win';
import type { WinFrom } from '../bindings/WinFrom';
import type { WinKind } from '../bindings/WinKind';
import { addDays, weekdayIndex } from '../browse/calendar-grid';
import type { MockAgreement, ProgressRecords } from './mock-progress';
import type { TimelineSource } from './mock-timeline';

const WINS: readonly [WinKind, WinFrom, string][] = [
  ['communication', 'us', 'Talked it through before bed instead of letting it sit.'],
  ['responsibility', 'partner', 'Owned the late night without making excuses.'],
  ['boundaries', 'partner', 'Showed me the message before I had to ask.'],
  ['professional_support', 'us', 'A session that left us lighter.'],
  ['consistency', 'partner', 'Home when promised, again.'],
  ['quality_time', 'us', 'Breakfast out on Saturday, just the two of us.'],
  ['empathy', 'me', 'Noticed they were tired and made the tea.'],
  ['communication', 'me', 'Said the hard thing kindly.'],
  ['quality_time', 'us', 'A long walk with nowhere to be.'],
  ['empathy', 'partner', 'Remembered what the anniversary of that day means to me.'],
];

const TRIGGERS: readonly [string, string][] = [
  ['An unknown number called twice', 'Asked about it the same evening'],
  ['A colleague with the same first name', 'Named it to myself, then let it go'],
  ['Passing the old office', 'Music in the car, and a call home'],
  ['Late reply to a message', 'Waited an hour before deciding anything'],
];

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const earliest = (days: readonly string[]) => (days.length ? days.reduce((a, b) => (a < b ? a : b)) : null);

/** Where the sample records of each kind begin; the made-up ones stop there. */
type Bounds = { wins: string; marks: string; triggers: string; milestones: string };

function bounds(records: Readonly<ProgressRecords>): Bounds | null {
  const wins = earliest(records.wins.map((w) => w.day));
  const marks = earliest(records.agreements.map((a) => a.terms[0]!.from));
  const triggers = earliest(records.triggers.map((t) => t.day));
  const milestones = earliest(records.milestones.map((m) => m.day));
  const any = earliest([wins, marks, triggers, milestones].filter((day): day is string => day !== null));
  if (any === null) return null;
  return { wins: wins ?? any, marks: marks ?? any, triggers: triggers ?? any, milestones: milestones ?? any };
}

function history(days: readonly string[], until: Bounds): ProgressRecords {
  const random = seeded(11);
  const first = days[0]!;
  const span = Math.max(1, days.length - 1);
  const wins: Win[] = [];
  const triggers: Trigger[] = [];
  const agreements: MockAgreement[] = [
    'No contact with them, in any form.',
    'Phones stay face up at home.',
    'Sunday evening: a walk and an honest talk about the week.',
  ].map((text, at) => ({
    id: crypto.randomUUID(),
    terms: [{ text, cadence: at === 2 ? 'weekly' : 'daily', from: first }],
    retired: until.marks,
    marks: {},
  }));
  days.forEach((day, at) => {
    const progress = at / span;
    const stamp = `${day}T20:30:00Z`;
    if (day < until.wins && random() < 0.35 + 0.35 * progress) {
      const count = random() < 0.3 + 0.3 * progress ? 2 : 1;
      for (let n = 0; n < count; n += 1) {
        const [kind, from, text] = WINS[Math.floor(random() * WINS.length)]!;
        wins.push({ id: crypto.randomUUID(), day, created: stamp, text, kind, from, entry: null });
      }
    }
    const keptShare = 0.62 + 0.34 * progress;
    agreements.forEach((agreement, which) => {
      if (day >= until.marks || (which === 2 && weekdayIndex(day) !== 6)) return;
      if (random() < 0.08) return;
      agreement.marks[day] = random() < keptShare ? 'kept' : 'missed';
    });
    if (day < until.triggers && random() < 0.24 * (1 - progress) + 0.03) {
      const [what, helped] = TRIGGERS[Math.floor(random() * TRIGGERS.length)]!;
      const intensity = Math.max(1, Math.min(5, Math.round(4.3 - 2.6 * progress + (random() - 0.5) * 1.4)));
      const settled = random() < 0.8 ? Math.round((140 - 110 * progress) * (0.7 + random() * 0.6)) : null;
      triggers.push({ id: crypto.randomUUID(), day, created: stamp, what, intensity, helped, settled_minutes: settled });
    }
  });

  const milestone = (day: string, kind: Milestone['kind'], title: string): Milestone => ({
    id: crypto.randomUUID(),
    day,
    created: `${day}T22:00:00Z`,
    kind,
    title,
    note: '',
  });
  const milestones: Milestone[] = [milestone(first, 'custom', 'Started this journal')];
  // Weekly sessions at first, then every few weeks.
  for (let back = 7, n = 1; back < 600; back += back < 180 ? 7 : 28, n += 1) {
    const day = addDays(first, back);
    if (day < until.milestones) milestones.push(milestone(day, 'couples_session', n === 1 ? 'First couples session' : ''));
  }
  for (let year = 1; addDays(first, 365 * year) < until.milestones; year += 1) {
    milestones.push(milestone(addDays(first, 365 * year), 'anniversary', `${year} ${year === 1 ? 'year' : 'years'} of this journal`));
  }
  for (const [back, title] of [[420, 'First holiday together again'], [1180, 'Moved to the new flat'], [2100, 'Renewed our vows']] as const) {
    if (addDays(first, back) < until.milestones) milestones.push(milestone(addDays(first, back), 'custom', title));
  }
  return { wins, agreements, triggers, milestones };
}

let made: { key: string; records: ProgressRecords } | null = null;

/** The entries and progress records, with made-up records for the older days that have entries. */
export function withHistory(entries: readonly Entry[], records: Readonly<ProgressRecords>): TimelineSource {
  const until = bounds(records);
  const last = until === null ? null : [until.wins, until.marks, until.triggers, until.milestones].sort()[3]!;
  const days = last === null ? [] : [...new Set(entries.map((e) => e.day).filter((day) => day < last))].sort();
  // A handful of scattered entries is no history to speak of.
  if (until === null || days.length < 60) return { entries, ...records };
  const key = `${days[0]}|${JSON.stringify(until)}|${days.length}`;
  if (made?.key !== key) made = { key, records: history(days, until) };
  const older = made.records;
  return {
    entries,
    wins: [...older.wins, ...records.wins],
    agreements: [...older.agreements, ...records.agreements],
    triggers: [...older.triggers, ...records.triggers],
    milestones: [...older.milestones, ...records.milestones],
  };
}
