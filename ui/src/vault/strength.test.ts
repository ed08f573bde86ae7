import { describe, expect, it } from 'vitest';
import { loadStrengthChecker, strengthWord, toStrength } from './strength';

describe('strengthWord', () => {
  it('puts the five scores into four quiet words', () => {
    expect([0, 1, 2, 3, 4].map(strengthWord)).toEqual(['weak', 'weak', 'fair', 'good', 'strong']);
  });
});

describe('toStrength', () => {
  it('puts the warning before the suggestions and drops an empty warning', () => {
    expect(
      toStrength({ score: 1, feedback: { warning: 'This is a common password.', suggestions: ['Add more words.'] } }),
    ).toEqual({ score: 1, word: 'weak', feedback: ['This is a common password.', 'Add more words.'] });
    expect(toStrength({ score: 4, feedback: { warning: null, suggestions: [] } }).feedback).toEqual([]);
  });
});

describe('loadStrengthChecker', () => {
  it('rates a common password weak and four random words strong', async () => {
    const check = await loadStrengthChecker();
    expect(check('password').word).toBe('weak');
    expect(check('password').feedback.length).toBeGreaterThan(0);
    expect(check('lantern orbit velvet quarry').word).toBe('strong');
  });
});
