import { describe, expect, it } from 'vitest';
import { intensityLabel, parseMinutes, triggerProblem, type TriggerForm } from './trigger-rules';

const form = (change: Partial<TriggerForm> = {}): TriggerForm => ({
  day: '2026-11-26',
  what: 'A message late at night',
  intensity: 3,
  helped: '',
  minutes: '',
  ...change,
});

describe('minutes until it settled', () => {
  it('are a whole number, or nothing', () => {
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes(' 40 ')).toBe(40);
    expect(parseMinutes('4.5')).toBeNaN();
    expect(parseMinutes('-3')).toBeNaN();
    expect(parseMinutes('soon')).toBeNaN();
  });
});

describe('a trigger', () => {
  it('is fine as typed', () => {
    expect(triggerProblem(form())).toBeNull();
    expect(triggerProblem(form({ minutes: '10080' }))).toBeNull();
  });

  it('needs what happened and how strong it was', () => {
    expect(triggerProblem(form({ what: '  ' }))).toBe('Write a few words for the trigger.');
    expect(triggerProblem(form({ intensity: null }))).toBe('Choose how strong it was, from 1 to 5.');
    expect(triggerProblem(form({ intensity: 9 }))).toBe('Intensity is rated from 1 to 5, not 9.');
  });

  it('settles within a week', () => {
    expect(triggerProblem(form({ minutes: '10081' }))).toBe('Time to settle can be up to a week (10,080 minutes).');
    expect(triggerProblem(form({ minutes: 'an hour' }))).toBe('Write the minutes until it settled as a whole number, or leave it empty.');
  });

  it('keeps to the lengths and the years', () => {
    expect(triggerProblem(form({ what: 'x'.repeat(301) }))).toBe('The trigger can be up to 300 characters; this one has 301.');
    expect(triggerProblem(form({ helped: 'x'.repeat(2001) }))).toBe('The note on what helped can be up to 2000 characters; this one has 2001.');
    expect(triggerProblem(form({ day: '1900-06-01' }))).toBe('Choose a day between the years 1920 and 2200.');
  });

  it('has words for each intensity', () => {
    expect([1, 2, 3, 4, 5].map(intensityLabel)).toEqual(['Faint', 'Mild', 'Strong', 'Very strong', 'Overwhelming']);
  });
});
