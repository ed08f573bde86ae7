import { describe, expect, it } from 'vitest';
import {
  KEY_PREFIX,
  checkAnswer,
  chooseCheckWindow,
  groupKey,
  groupsInWindow,
  normaliseKeyInput,
} from './recovery-key';

const KEY = 'AGE-SECRET-KEY-1QQPQ8JZ5ZEHFGVC0TSRQ6XKWRG2QN7C3DL2ZW7PNMTRHHYLAMFUSHDAKFU';

describe('groupKey', () => {
  it('keeps the prefix whole and splits the rest into fours', () => {
    const groups = groupKey(KEY);
    expect(KEY).toHaveLength(74);
    expect(groups[0]).toBe(KEY_PREFIX);
    expect(groups.slice(1, 3)).toEqual(['QQPQ', '8JZ5']);
    expect(groups.at(-1)).toBe('FU');
    expect(groups.join('')).toBe(KEY);
  });
});

describe('chooseCheckWindow', () => {
  it('starts right after the prefix for the smallest draw', () => {
    expect(chooseCheckWindow(KEY, () => 0)).toEqual({ start: 17, end: 24 });
  });

  it('never leaves the key for the largest draw', () => {
    const window = chooseCheckWindow(KEY, () => 0.999999);
    expect(window.end).toBeLessThanOrEqual(KEY.length);
    expect(window).toEqual({ start: 65, end: 72 });
  });

  it('always asks for 8 characters on group boundaries outside the prefix', () => {
    for (let i = 0; i < 100; i += 1) {
      const { start, end } = chooseCheckWindow(KEY, () => i / 100);
      expect(start).toBeGreaterThan(KEY_PREFIX.length);
      expect(end - start + 1).toBe(8);
      expect((start - KEY_PREFIX.length - 1) % 4).toBe(0);
    }
  });
});

describe('checkAnswer', () => {
  const window = { start: 17, end: 24 };

  it('accepts the right characters in any case and spacing', () => {
    expect(checkAnswer(KEY, window, 'QQPQ8JZ5')).toBe(true);
    expect(checkAnswer(KEY, window, ' qqpq 8jz5 ')).toBe(true);
  });

  it('rejects anything else', () => {
    expect(checkAnswer(KEY, window, 'QQPQ8JZ')).toBe(false);
    expect(checkAnswer(KEY, window, 'QQPQ8JZ5Z')).toBe(false);
    expect(checkAnswer(KEY, window, '')).toBe(false);
  });
});

describe('normaliseKeyInput', () => {
  it('undoes grouping and case so a copied key unlocks', () => {
    expect(normaliseKeyInput(groupKey(KEY).join(' ').toLowerCase())).toBe(KEY);
    expect(normaliseKeyInput('age-secret-key-1qq\npq')).toBe('AGE-SECRET-KEY-1QQPQ');
  });
});

describe('groupsInWindow', () => {
  it('names the two groups a window covers', () => {
    expect(groupsInWindow(KEY, { start: 17, end: 24 })).toEqual([1, 2]);
    expect(groupsInWindow(KEY, { start: 65, end: 72 })).toEqual([13, 14]);
  });
});
