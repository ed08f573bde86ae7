import { describe, expect, it } from 'vitest';
import { collapse, dayProblem, firstProblem, noteProblem, textProblem } from './checks';

describe('the mirrored rules', () => {
  it('take days in the years 1920 to 2200', () => {
    expect(dayProblem('2026-11-26')).toBeNull();
    expect(dayProblem('1920-01-01')).toBeNull();
    expect(dayProblem('2200-12-31')).toBeNull();
    expect(dayProblem('1900-05-01')).toBe('Choose a day between the years 1920 and 2200.');
    expect(dayProblem('2201-01-01')).toBe('Choose a day between the years 1920 and 2200.');
  });

  it('ask for a day when there is none or it does not exist', () => {
    expect(dayProblem('')).toBe('Choose a day.');
    expect(dayProblem('2026-02-30')).toBe('Choose a day.');
  });

  it('count a short text after collapsing its whitespace, by characters', () => {
    expect(collapse('  a\n\tb  c ')).toBe('a b c');
    expect(textProblem('   ', 'win', 500, true)).toBe('Write a few words for the win.');
    expect(textProblem('   ', 'title', 200, false)).toBeNull();
    expect(textProblem(`${'a '.repeat(250)}`, 'win', 500, true)).toBeNull();
    expect(textProblem('é'.repeat(501), 'win', 500, true)).toBe('The win can be up to 500 characters; this one has 501.');
    expect(textProblem('😀'.repeat(500), 'win', 500, true)).toBeNull();
  });

  it('count a note trimmed, keeping its lines', () => {
    expect(noteProblem(`  ${'x'.repeat(10)}  `, 'note', 10)).toBeNull();
    expect(noteProblem('x\n'.repeat(6), 'note', 10)).toBe('The note can be up to 10 characters; this one has 11.');
  });

  it('report the first problem', () => {
    expect(firstProblem(null, 'b', 'c')).toBe('b');
    expect(firstProblem(null, null)).toBeNull();
  });
});
