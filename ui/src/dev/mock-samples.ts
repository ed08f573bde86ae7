// Development only: a believable journal for the mock. A few entries sit on the dates that
// "On this day" looks for; a large count fills most days of the years before today, with trust
// that rises slowly over time, as it does for people who keep at the work.
import type { Entry } from '../bindings/Entry';
import { localDay } from '../journal/dates';

type Sample = { title: string; text: string; feelings: string[]; tags: string[] };

const SAMPLES: Sample[] = [
  {
    title: 'Listening, not preparing',
    text: 'We talked for an hour after dinner without either of us raising our voice. I noticed I was listening instead of preparing my answer.',
    feelings: ['hopeful', 'calm'],
    tags: ['communication'],
  },
  {
    title: 'Therapy: an ordinary Tuesday',
    text: "Therapy today. Dr. Okafor asked what safety would look like on an ordinary Tuesday. I said: not having to wonder where you are.\n\nI want to remember that answer.",
    feelings: ['hopeful', 'anxious'],
    tags: ['therapy'],
  },
  {
    title: '',
    text: 'A hard day. The song in the shop brought it all back and I went quiet for the whole drive home. Wrote this instead of sending the message I had drafted.',
    feelings: ['hurt', 'sad'],
    tags: ['trigger'],
  },
  {
    title: 'The phone',
    text: 'He showed me his phone before I asked. Small thing. It mattered.',
    feelings: ['grateful'],
    tags: ['transparency'],
  },
  {
    title: 'First walk in weeks',
    text: 'First walk together in weeks. Grateful for the cold air and for the silence that did not feel heavy.',
    feelings: ['grateful', 'connected'],
    tags: ['Walks'],
  },
  {
    title: '',
    text: 'Read the letter again. Still angry, but the anger is smaller than it was in the spring.',
    feelings: ['angry', 'resentful'],
    tags: [],
  },
  {
    title: 'Date night, sort of',
    text: 'Cooked together and burned the rice. We laughed, properly, for the first time in a long while. It felt like us.',
    feelings: ['connected', 'hopeful'],
    tags: ['date night'],
  },
  {
    title: 'Couldn’t sleep',
    text: 'Awake at three, replaying the messages. Breathed the way the group taught us and wrote until it slowed down.',
    feelings: ['anxious', 'numb'],
    tags: ['trigger', 'support group'],
  },
  {
    title: 'He apologised again',
    text: 'Not the rehearsed apology this time. He named what it did to me, and he did not ask me to be over it.',
    feelings: ['confused', 'hopeful'],
    tags: ['responsibility', 'therapy'],
  },
  {
    title: '',
    text: 'Quiet Sunday. Coffee, the crossword, his parents on the phone. Nothing happened, and that is the point.',
    feelings: ['calm'],
    tags: ['family'],
  },
];

/** A small, repeatable random sequence, so the preview looks the same on every load. */
function randomSequence(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shiftDays(today: Date, days: number): string {
  return localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days));
}

/** The same date `months` earlier, when that month has it. */
function sameDateEarlier(today: Date, months: number): string | null {
  const date = new Date(today.getFullYear(), today.getMonth() - months, today.getDate());
  return date.getDate() === today.getDate() ? localDay(date) : null;
}

/** The days the first entries fall on: recent ones, then a month, a year and two years back. */
function firstDays(today: Date): string[] {
  const days = [
    shiftDays(today, 1),
    shiftDays(today, 3),
    sameDateEarlier(today, 1) ?? shiftDays(today, 30),
    sameDateEarlier(today, 12) ?? shiftDays(today, 365),
    shiftDays(today, 8),
    sameDateEarlier(today, 24) ?? shiftDays(today, 730),
  ];
  return days;
}

/** `count` entries: the first few on telling days, the rest on most days before them. */
export function sampleEntries(count: number, today: Date = new Date()): Entry[] {
  const random = randomSequence(7);
  const head = firstDays(today);
  const span = Math.max(count * 1.2, 60);
  const entries: Entry[] = [];
  let back = 2;
  for (let i = 0; i < count; i += 1) {
    let day: string;
    if (i < head.length) {
      day = head[i]!;
    } else {
      back += random() < 0.8 ? 1 : 2;
      day = shiftDays(today, back);
    }
    const daysBack = Math.round((today.getTime() - new Date(`${day}T12:00`).getTime()) / 86_400_000);
    // Early on trust is low and unsteady; over the years it settles higher.
    const progress = 1 - Math.min(daysBack / span, 1);
    const trust = random() < 0.15 ? null : Math.max(1, Math.min(10, Math.round(2 + progress * 6 + (random() - 0.5) * 4)));
    const sample = SAMPLES[i % SAMPLES.length]!;
    const stamp = `${day}T21:${String(10 + (i % 50)).padStart(2, '0')}:00+01:00`;
    entries.push({
      id: `sample-${i}`,
      day,
      created: stamp,
      updated: stamp,
      title: sample.title,
      text: sample.text,
      feelings: [...sample.feelings],
      trust,
      tags: [...sample.tags],
      starred: i === 1 || i === 3 || random() < 0.07,
    });
  }
  return entries;
}
