// Passphrase strength comes from zxcvbn's dictionaries (about a megabyte), so they are fetched
// only on the screens that choose a passphrase, never at unlock.
import type { ZxcvbnResult } from '@zxcvbn-ts/core';

type StrengthWord = 'weak' | 'fair' | 'good' | 'strong';

export type Strength = {
  /** 0 to 4, zxcvbn's score. */
  score: number;
  word: StrengthWord;
  /** zxcvbn's advice: its warning first, then its suggestions. */
  feedback: string[];
};

export function strengthWord(score: number): StrengthWord {
  if (score >= 4) return 'strong';
  if (score === 3) return 'good';
  if (score === 2) return 'fair';
  return 'weak';
}

export function toStrength(result: Pick<ZxcvbnResult, 'score' | 'feedback'>): Strength {
  const { warning, suggestions } = result.feedback;
  return {
    score: result.score,
    word: strengthWord(result.score),
    feedback: [warning, ...suggestions].filter((line): line is string => Boolean(line)),
  };
}

export type StrengthChecker = (passphrase: string) => Strength;

let loading: Promise<StrengthChecker> | null = null;

export function loadStrengthChecker(): Promise<StrengthChecker> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    const zxcvbn = new core.ZxcvbnFactory({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
      useLevenshteinDistance: true,
    });
    return (passphrase: string) => toStrength(zxcvbn.check(passphrase));
  });
  return loading;
}
