// Development only: half a year of believable progress records, counted back from today so the
// screens always show this week, last week and the months before. Wins come a few a week,
// agreements are mostly kept, triggers grow rarer, milder and quicker to settle.
import type { Milestone } from '../bindings/Milestone';
import type { Trigger } from '../bindings/Trigger';
import type { Win } from '../bindings/Win';
import type { WinFrom } from '../bindings/WinFrom';
import type { WinKind } from '../bindings/WinKind';
import { addDays } from '../browse/calendar-grid';
import { parseDay } from '../journal/dates';
import type { MockAgreement, ProgressRecords } from './mock-progress';

/** The same "random" records on every load, so screenshots compare. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WINS: readonly [WinKind, WinFrom, string][] = [
  ['communication', 'partner', 'Told me about the lunch with a colleague before I asked.'],
  ['communication', 'us', 'We talked for an hour after dinner and nobody raised their voice.'],
  ['responsibility', 'partner', 'Said sorry for snapping, without a "but" after it.'],
  ['boundaries', 'partner', 'Left the phone unlocked on the counter all evening.'],
  ['professional_support', 'us', 'Booked the next couples session together.'],
  ['consistency', 'partner', 'Home at six, as promised, three days running.'],
  ['quality_time', 'us', 'Walked the long way home along the river.'],
  ['empathy', 'partner', 'Asked how my day really was, and listened to the answer.'],
  ['empathy', 'me', 'Thanked them for the message at lunch instead of taking it for granted.'],
  ['communication', 'me', 'Said what I needed instead of going quiet.'],
  ['responsibility', 'me', 'Owned that I brought up the past in the middle of an argument.'],
  ['quality_time', 'us', 'Cooked together on Sunday with the radio on.'],
  ['boundaries', 'us', 'Agreed together how to handle the work trip.'],
  ['consistency', 'me', 'Wrote here every day this week.'],
  ['professional_support', 'me', 'Went to my own session even though I was tired.'],
  ['empathy', 'us', 'Held hands in the waiting room.'],
  ['communication', 'partner', 'Called when the train was late, before I started to wonder.'],
  ['quality_time', 'us', 'A whole evening without phones: cards and tea.'],
  ['consistency', 'partner', 'The check-in message came at lunch, like every day this month.'],
  ['boundaries', 'partner', 'Muted the group chat that worried me, without being asked.'],
];

const TRIGGERS: readonly [string, string][] = [
  ['A message arrived late at night', 'Asking who it was instead of guessing'],
  ['Driving past the hotel', 'Pulled over and breathed, then called'],
  ['The song from that summer', 'Turned it off and went for a walk'],
  ['Working late without a call', 'Talking it through the same evening'],
  ['A name mentioned at dinner', 'Said it hurt, out loud, and we paused'],
  ['Phone face down on the table', 'Asked, and it was turned over straight away'],
  ['A couple arguing in a film', 'Writing it down here'],
  ['A message arrived late at night', 'The breathing exercise from therapy'],
];

function sampleWins(today: string, random: () => number): Win[] {
  const wins: Win[] = [];
  let text = 0;
  // Ten weeks back; the quieter weeks are real too.
  for (let back = 70; back >= 0; back -= 1) {
    const day = addDays(today, -back);
    if (random() > (back < 21 ? 0.55 : 0.4)) continue;
    const [kind, from, words] = WINS[text % WINS.length]!;
    text += 1;
    wins.push({ id: crypto.randomUUID(), day, created: `${day}T20:${String(10 + (text % 40)).padStart(2, '0')}:00Z`, text: words, kind, from, entry: null });
  }
  return wins;
}

function markDays(agreement: MockAgreement, from: string, to: string, every: number, random: () => number, keptShare: number) {
  for (let day = from; day <= to; day = addDays(day, every)) {
    if (random() > 0.9) continue;
    agreement.marks[day] = random() < keptShare ? 'kept' : 'missed';
  }
}

function sampleAgreements(today: string, random: () => number): MockAgreement[] {
  const yesterday = addDays(today, -1);
  const dinner: MockAgreement = {
    id: crypto.randomUUID(),
    terms: [{ text: 'Phones stay face up on the table at dinner.', cadence: 'daily', from: addDays(today, -74) }],
    retired: null,
    marks: {},
  };
  markDays(dinner, addDays(today, -74), yesterday, 1, random, 0.9);
  dinner.marks[today] = 'kept';

  const lunch: MockAgreement = {
    id: crypto.randomUUID(),
    terms: [{ text: 'A check-in message at lunch, every working day.', cadence: 'daily', from: addDays(today, -45) }],
    retired: null,
    marks: {},
  };
  markDays(lunch, addDays(today, -45), yesterday, 1, random, 0.94);
  for (let back = 1; back <= 8; back += 1) lunch.marks[addDays(today, -back)] = 'kept';

  const renegotiated = addDays(today, -38);
  const travel: MockAgreement = {
    id: crypto.randomUUID(),
    terms: [
      { text: 'Call when arriving at the hotel on work trips.', cadence: 'when_it_comes_up', from: addDays(today, -120) },
      { text: 'Share location for the whole of a work trip, and call in the evening.', cadence: 'when_it_comes_up', from: renegotiated },
    ],
    retired: null,
    marks: {},
  };
  for (const back of [110, 96, 71, 52]) travel.marks[addDays(today, -back)] = back === 71 ? 'missed' : 'kept';
  travel.marks[renegotiated] = 'renegotiated';
  for (const back of [24, 23, 9]) travel.marks[addDays(today, -back)] = 'kept';

  // Sundays, from the Sunday a few months back.
  const lastSunday = addDays(today, -(parseDay(today).getDay()));
  const sunday: MockAgreement = {
    id: crypto.randomUUID(),
    terms: [{ text: 'Sunday evening: an hour to talk about the week, phones away.', cadence: 'weekly', from: addDays(lastSunday, -84) }],
    retired: null,
    marks: {},
  };
  markDays(sunday, addDays(lastSunday, -84), lastSunday, 7, random, 0.85);

  const retiredOn = addDays(today, -20);
  const passwords: MockAgreement = {
    id: crypto.randomUUID(),
    terms: [{ text: 'Passwords for email and phone shared with each other.', cadence: 'daily', from: addDays(today, -160) }],
    retired: retiredOn,
    marks: {},
  };
  markDays(passwords, addDays(today, -160), addDays(retiredOn, -1), 1, random, 0.97);
  return [dinner, lunch, travel, sunday, passwords];
}

function sampleTriggers(today: string, random: () => number): Trigger[] {
  const triggers: Trigger[] = [];
  let which = 0;
  // Six months back: often and hard at first, rarer and gentler lately.
  for (let back = 180; back >= 1; back -= 1) {
    const progress = 1 - back / 180;
    if (random() > 0.2 - progress * 0.13) continue;
    const day = addDays(today, -back);
    const [what, helped] = TRIGGERS[which % TRIGGERS.length]!;
    which += 1;
    const intensity = Math.max(1, Math.min(5, Math.round(4.4 - progress * 2.4 + (random() - 0.5) * 1.4)));
    const settled = random() < 0.8 ? Math.round((150 - progress * 115) * (0.7 + random() * 0.6)) : null;
    triggers.push({ id: crypto.randomUUID(), day, created: `${day}T21:00:00Z`, what, intensity, helped: random() < 0.85 ? helped : '', settled_minutes: settled });
  }
  return triggers;
}

function sampleMilestones(today: string): Milestone[] {
  const on = (back: number, kind: Milestone['kind'], title: string, note: string): Milestone => {
    const day = addDays(today, -back);
    return { id: crypto.randomUUID(), day, created: `${day}T22:00:00Z`, kind, title, note };
  };
  return [
    on(200, 'disclosure', '', 'The day everything came out. Writing it down so it has a place, and an end.'),
    on(186, 'apology', 'A real apology', 'No excuses this time. **Heard**, for the first time.'),
    on(172, 'couples_session', 'First session with Dr. Okafor', 'We agreed to come every week for three months.\n\n- Homework: one honest question a day'),
    on(151, 'individual_session', 'My own therapist', ''),
    on(118, 'anniversary', '12 years married', 'Quiet dinner. We did not pretend it was easy, and that felt right.'),
    on(58, 'couples_session', 'Session 8: triggers', 'Learned to name a trigger out loud instead of going silent.'),
    on(31, 'group_session', '', 'The support group on Thursdays. Other people, the same story.'),
    on(9, 'custom', 'First weekend away together', 'The coast. Phones in the drawer, and it was fine.'),
  ];
}

export function sampleProgress(today: string): ProgressRecords {
  const random = seeded(7);
  return {
    wins: sampleWins(today, random),
    agreements: sampleAgreements(today, random),
    triggers: sampleTriggers(today, random),
    milestones: sampleMilestones(today),
  };
}
