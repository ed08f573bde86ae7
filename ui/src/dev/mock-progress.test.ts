import { describe, expect, it } from 'vitest';
import type { AgreementView } from '../bindings/AgreementView';
import type { TriggerPatterns } from '../bindings/TriggerPatterns';
import { progressCommands } from './mock-progress';

// A fresh tab without query flags starts with an empty journal.
const unlocked = <T,>(answer: () => T | Promise<T>) => Promise.resolve().then(answer);
const commands = progressCommands(unlocked, (id) => id === 'entry-1');
const run = (cmd: string, args: Record<string, unknown> = {}) => commands[cmd]!(args) as Promise<unknown>;
const trigger = (what: string, intensity: number, day = '2026-03-02') =>
  run('save_trigger', { draft: { id: null, day, what, intensity, helped: '', settled_minutes: 30 } });

describe('the mock’s progress records', () => {
  it('refuse what the backend refuses, in its words', async () => {
    await expect(run('save_milestone', { draft: { id: null, day: '1900-05-01', kind: 'apology', title: '', note: '' } })).rejects.toEqual({
      kind: 'invalid_input',
      message: 'Choose a day between the years 1920 and 2200.',
    });
    await expect(run('save_milestone', { draft: { id: null, day: '2026-05-01', kind: 'custom', title: ' ', note: '' } })).rejects.toMatchObject({
      message: 'Give your own milestone a title.',
    });
    await expect(trigger('A song', 9)).rejects.toMatchObject({ message: 'Intensity is rated from 1 to 5, not 9.' });
    await expect(run('save_win', { draft: { id: null, day: '2026-05-01', text: 'x'.repeat(501), kind: 'empathy', from: 'me', entry: null } })).rejects.toMatchObject({
      message: 'The win can be up to 500 characters; this one has 501.',
    });
    await expect(run('save_win', { draft: { id: null, day: '2026-05-01', text: 'Hello', kind: 'empathy', from: 'me', entry: 'gone' } })).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('keep an agreement’s history and refuse marks outside its life', async () => {
    const added = (await run('add_agreement', { text: 'Call at lunch', cadence: 'daily', since: '2026-01-10' })) as AgreementView;
    await expect(run('mark_agreement', { id: added.id, day: '2026-01-09', keeping: 'kept' })).rejects.toMatchObject({
      message: 'This agreement began on 2026-01-10; choose a day from then on.',
    });
    await run('mark_agreement', { id: added.id, day: '2026-01-11', keeping: 'kept' });
    await run('mark_agreement', { id: added.id, day: '2026-01-12', keeping: 'missed' });
    const renegotiated = (await run('renegotiate_agreement', { id: added.id, text: 'Call or message at lunch', cadence: 'daily', day: '2026-01-13' })) as AgreementView;
    expect(renegotiated.earlier.map((t) => t.text)).toEqual(['Call at lunch']);
    expect([renegotiated.kept, renegotiated.missed, renegotiated.renegotiated, renegotiated.keep_rate]).toEqual([1, 1, 1, 0.5]);
    const retired = (await run('retire_agreement', { id: added.id, day: '2026-01-13' })) as AgreementView;
    expect(retired.marks.map((m) => m.day)).toEqual(['2026-01-11', '2026-01-12']);
    await expect(run('mark_agreement', { id: added.id, day: '2026-01-20', keeping: 'kept' })).rejects.toMatchObject({
      message: 'This agreement was retired on 2026-01-13. Marks can be changed only for the days before.',
    });
    const cleared = (await run('mark_agreement', { id: added.id, day: '2026-01-12', keeping: null })) as AgreementView;
    expect(cleared.missed).toBe(0);
  });

  it('recognise a trigger that comes back whatever its case or accents', async () => {
    await trigger('Café on Main Street', 4, '2026-02-01');
    await trigger('cafe on main street', 2, '2026-03-05');
    const patterns = (await run('trigger_patterns')) as TriggerPatterns;
    expect(patterns.frequent).toEqual([{ what: 'cafe on main street', count: 2, intensity: 3, last: '2026-03-05' }]);
    expect(patterns.months.map((m) => [m.month, m.count])).toEqual([
      ['2026-02-01', 1],
      ['2026-03-01', 1],
    ]);
  });
});
