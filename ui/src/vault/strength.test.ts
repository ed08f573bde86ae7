import { describe, expect, it } from 'vitest';
import { strengthWord, toStrength } from './strength';

describe('strengthWord', () => {
  it('puts the five scores into four quiet words', () => {
    expect([0, 1, 2, 3, 4].map(strengthWord)).toEqual(['weak', 'weak', 'fair', 'good', 'strong']);
  });
});

describe('toStrength', () => {
  it('keeps the Rust side’s feedback in its order and adds the word', () => {
    expect(
      toStrength({ score: 1, feedback: ['This is a top-10 common password.', 'Add another word or two.'] }),
    ).toEqual({
      score: 1,
      word: 'weak',
      feedback: ['This is a top-10 common password.', 'Add another word or two.'],
    });
  });
});
