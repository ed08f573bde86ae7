import { describe, expect, it } from 'vitest';
import { MAX_LABELS } from './entry-fields';
import {
  normalizeFeeling,
  normalizeTag,
  splitTagInput,
  tagSuggestions,
  withLabels,
  withoutLabel,
} from './labels';

describe('normalizeFeeling', () => {
  it('stores feelings as the core does: lower case, single spaces', () => {
    expect(normalizeFeeling('  At   Peace ')).toBe('at peace');
    expect(normalizeFeeling('ÉMU')).toBe('ému');
  });

  it('cuts a word to 40 characters, counting emoji as one', () => {
    expect([...normalizeFeeling('😊'.repeat(50))]).toHaveLength(40);
  });
});

describe('normalizeTag', () => {
  it('drops a leading # and keeps the spelling', () => {
    expect(normalizeTag('#Therapy')).toBe('Therapy');
    expect(normalizeTag('##  date   night ')).toBe('date night');
    expect(normalizeTag('#')).toBe('');
  });
});

describe('splitTagInput', () => {
  it('finishes tags at commas and keeps what follows', () => {
    expect(splitTagInput('therapy')).toEqual({ finished: [], rest: 'therapy' });
    expect(splitTagInput('therapy,')).toEqual({ finished: ['therapy'], rest: '' });
    expect(splitTagInput('#a, b ,,c')).toEqual({ finished: ['a', 'b'], rest: 'c' });
  });

  it('understands the commas of other scripts', () => {
    expect(splitTagInput('家族、友達，')).toEqual({ finished: ['家族', '友達'], rest: '' });
  });
});

describe('withLabels and withoutLabel', () => {
  it('adds without repeats, ignoring case, and keeps the first spelling', () => {
    expect(withLabels(['Walks'], ['walks', 'therapy', 'Therapy', ''])).toEqual(['Walks', 'therapy']);
  });

  it('stops at the limit of the core', () => {
    const many = Array.from({ length: MAX_LABELS + 5 }, (_, i) => `t${i}`);
    expect(withLabels([], many)).toHaveLength(MAX_LABELS);
  });

  it('removes one label', () => {
    expect(withoutLabel(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('tagSuggestions', () => {
  const known = ['therapy', 'trigger', 'Walks', 'date night', 'support group', 'family', 'transparency'];

  it('offers tags that start with what was typed, then those that contain it', () => {
    expect(tagSuggestions(known, [], 's')).toEqual(['support group', 'Walks', 'transparency']);
    expect(tagSuggestions(known, [], '#WA')).toEqual(['Walks']);
  });

  it('leaves out the tags already chosen, in any case', () => {
    expect(tagSuggestions(known, ['THERAPY'], 'th')).toEqual([]);
  });

  it('offers the most used when nothing is typed, up to the limit', () => {
    expect(tagSuggestions(known, [], '', 3)).toEqual(['therapy', 'trigger', 'Walks']);
  });
});
