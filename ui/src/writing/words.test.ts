import { describe, expect, it } from 'vitest';
import { countWords, wordsLabel } from './words';

describe('countWords', () => {
  it('counts runs between whitespace, as the core does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('one')).toBe(1);
    expect(countWords('  one  two\nthree\tfour  ')).toBe(4);
    expect(countWords('non\u00a0breaking\u3000ideographic\u2003em')).toBe(4);
  });

  it('counts emoji, combining marks and right-to-left words like any others', () => {
    expect(countWords('👩‍❤️‍👨 e\u0301te\u0301 שלום עולם')).toBe(4);
  });

  // How fast is for a bench to say; a test that times itself fails on a busy machine.
  it('counts a 5 MB paste exactly', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(200_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(countWords(text)).toBe(1_000_000);
  });
});

describe('wordsLabel', () => {
  it('says nothing for an empty entry and groups thousands', () => {
    expect(wordsLabel(0)).toBe('');
    expect(wordsLabel(1)).toBe('1 word');
    expect(wordsLabel(12345)).toBe('12,345 words');
  });
});
