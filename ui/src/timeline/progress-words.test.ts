import { describe, expect, it } from 'vitest';
import type { Progress } from '../bindings/Progress';
import type { Stretch } from '../bindings/Stretch';
import { compareProgress, progressLead, shortMinutes, spanLabel } from './progress-words';

function stretch(start: string, end: string, change: Partial<Stretch> = {}): Stretch {
  return {
    start,
    end,
    trust: null,
    rated_days: 0,
    wins_per_week: 0,
    keep_rate: null,
    triggers: 0,
    trigger_intensity: null,
    settled_minutes: null,
    ...change,
  };
}

const FIRST = { start: '2025-01-03', end: '2025-02-01' };
const LAST = { start: '2025-10-28', end: '2025-11-26' };

function progress(first: Partial<Stretch>, last: Partial<Stretch>): Progress {
  return {
    first: stretch(FIRST.start, FIRST.end, first),
    last: stretch(LAST.start, LAST.end, last),
    comparable: true,
  };
}

const byId = (p: Progress) => Object.fromEntries(compareProgress(p).map((c) => [c.id, c]));

describe('compareProgress', () => {
  it('names what got better, plainly', () => {
    const measures = byId(
      progress(
        { trust: 3.2, rated_days: 20, wins_per_week: 1.5, keep_rate: 0.7, triggers: 9, trigger_intensity: 3.8, settled_minutes: 45 },
        { trust: 6.84, rated_days: 25, wins_per_week: 4.2, keep_rate: 0.92, triggers: 3, trigger_intensity: 2.1, settled_minutes: 20 },
      ),
    );
    expect(measures.trust).toMatchObject({
      now: '6.8',
      then: '3.2',
      tone: 'better',
      sentence: 'Trust has grown: 6.8 on average lately, from 3.2 in your first month.',
    });
    expect(measures.wins!.sentence).toBe('You are noticing more wins: 4.2 a week lately, from 1.5 at the start.');
    expect(measures['keep-rate']).toMatchObject({ now: '92%', then: '70%', tone: 'better' });
    expect(measures.intensity!.sentence).toBe('Triggers are gentler: intensity 2.1 on average lately, from 3.8.');
    expect(measures.settle).toMatchObject({
      now: '20 min',
      then: '45 min',
      tone: 'better',
      sentence: 'Triggers settle sooner: about 20 minutes lately, from 45 minutes.',
    });
  });

  it('is honest when things got harder, without blame', () => {
    const measures = byId(
      progress(
        { trust: 5.3, wins_per_week: 2, keep_rate: 0.9, triggers: 2, trigger_intensity: 2.4, settled_minutes: 30 },
        { trust: 4.1, wins_per_week: 1.2, keep_rate: 0.75, triggers: 6, trigger_intensity: 3.5, settled_minutes: 50 },
      ),
    );
    expect(measures.trust).toMatchObject({
      tone: 'harder',
      sentence:
        'Trust is lower than in your first month (4.1, then 5.3). Hard stretches are part of this; it may help to bring it to your next session.',
    });
    expect(measures.wins!.tone).toBe('harder');
    expect(measures.wins!.sentence).toContain('the small moments still count');
    expect(measures['keep-rate']!.sentence).toContain('talk them over together');
    expect(measures.intensity!.tone).toBe('harder');
    expect(measures.settle!.tone).toBe('harder');
    for (const measure of Object.values(measures)) {
      expect(measure.sentence).not.toMatch(/fail|should|fault|blame|!/i);
    }
  });

  it('calls a small difference about the same', () => {
    const measures = byId(progress({ trust: 5, wins_per_week: 2, keep_rate: 0.88 }, { trust: 5.2, wins_per_week: 2.1, keep_rate: 0.9 }));
    expect(measures.trust!.tone).toBe('steady');
    expect(measures.trust!.sentence).toBe('Trust is about where it was in your first month (5.2, then 5).');
    expect(measures.wins!.tone).toBe('steady');
    expect(measures['keep-rate']!.tone).toBe('steady');
  });

  it('says what is missing without guessing', () => {
    const measures = byId(progress({}, { trust: 6 }));
    expect(measures.trust).toMatchObject({ tone: 'unknown', then: null, now: '6' });
    expect(measures.wins).toMatchObject({ tone: 'unknown', now: null });
    expect(measures['keep-rate']!.sentence).toBe('Mark your agreements as kept or missed and you will see how they hold here.');
    expect(measures.intensity!.sentence).toBe('No triggers noted in either stretch.');
  });

  it('counts a month without triggers as gentler', () => {
    const measures = byId(progress({ triggers: 4, trigger_intensity: 3 }, {}));
    expect(measures.intensity).toMatchObject({ tone: 'better', now: 'none' });
  });
});

describe('progressLead', () => {
  it('says kindly that the comparison needs two months', () => {
    const early: Progress = {
      first: stretch('2025-11-01', '2025-11-26'),
      last: stretch('2025-11-01', '2025-11-26'),
      comparable: false,
    };
    expect(progressLead(early, '2025-11-26')).toBe("After two months you'll see how far you've come here (from about 30 Dec 2025).");
    const fresh = { ...early, first: stretch('2025-11-26', '2025-11-26') };
    expect(progressLead(fresh, '2025-11-26')).toBe("After two months you'll see how far you've come here.");
  });

  it('names the two stretches compared', () => {
    expect(progressLead(progress({}, {}), '2025-11-26')).toBe(
      'Your first 30 days (3 Jan – 1 Feb 2025) beside the last 30 (28 Oct – 26 Nov 2025).',
    );
  });
});

describe('labels', () => {
  it('spans years when the stretch does', () => {
    expect(spanLabel('2024-12-20', '2025-01-18')).toBe('20 Dec 2024 – 18 Jan 2025');
  });

  it('writes durations short', () => {
    expect(shortMinutes(53.4)).toBe('53 min');
    expect(shortMinutes(140)).toBe('2 h 20 min');
    expect(shortMinutes(120)).toBe('2 h');
  });
});
