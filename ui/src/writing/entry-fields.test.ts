import { describe, expect, it } from 'vitest';
import { EMPTY_FIELDS, isBlank, MAX_TITLE_CHARS, moveTitleOverflow, sameFields, titleLength } from './entry-fields';

describe('isBlank', () => {
  it('is blank with nothing written or chosen, even when starred', () => {
    expect(isBlank(EMPTY_FIELDS)).toBe(true);
    expect(isBlank({ ...EMPTY_FIELDS, title: '  ', text: '\n\n', starred: true })).toBe(true);
  });

  it('is not blank with any one part filled in', () => {
    expect(isBlank({ ...EMPTY_FIELDS, title: 'A' })).toBe(false);
    expect(isBlank({ ...EMPTY_FIELDS, feelings: ['calm'] })).toBe(false);
    expect(isBlank({ ...EMPTY_FIELDS, trust: 1 })).toBe(false);
    expect(isBlank({ ...EMPTY_FIELDS, tags: ['x'] })).toBe(false);
  });
});

describe('sameFields', () => {
  it('compares every part, lists in order', () => {
    const a = { ...EMPTY_FIELDS, feelings: ['calm', 'sad'] };
    expect(sameFields(a, { ...a, feelings: ['calm', 'sad'] })).toBe(true);
    expect(sameFields(a, { ...a, feelings: ['sad', 'calm'] })).toBe(false);
    expect(sameFields(a, { ...a, starred: true })).toBe(false);
  });
});

describe('titleLength', () => {
  it('counts as the core does: collapsed spaces, characters not code units', () => {
    expect(titleLength('  a   b  ')).toBe(3);
    expect(titleLength('😊😊')).toBe(2);
  });
});

describe('moveTitleOverflow', () => {
  it('leaves a title within the limit alone', () => {
    const fields = { ...EMPTY_FIELDS, title: 'Short' };
    expect(moveTitleOverflow(fields)).toBe(fields);
  });

  it('cuts a 10,000 character title at a word and moves the rest above the text', () => {
    const title = 'word '.repeat(2000);
    const moved = moveTitleOverflow({ ...EMPTY_FIELDS, title, text: 'What I wrote.' });
    expect(titleLength(moved.title)).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(moved.title.endsWith('word')).toBe(true);
    expect(moved.text.endsWith('\n\nWhat I wrote.')).toBe(true);
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    expect(words(moved.title) + words(moved.text)).toBe(2000 + 3);
  });

  it('cuts a title without spaces at the limit, never inside an emoji', () => {
    const moved = moveTitleOverflow({ ...EMPTY_FIELDS, title: '😊'.repeat(300) });
    expect([...moved.title]).toHaveLength(MAX_TITLE_CHARS);
    expect([...moved.text]).toHaveLength(100);
  });
});
