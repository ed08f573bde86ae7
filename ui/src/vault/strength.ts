// Passphrase strength is rated on the Rust side, where zxcvbn's word lists live, so the page that
// chooses a passphrase never loads a dictionary. This only puts the rating into words.
import type { PassphraseStrength } from '../bindings/PassphraseStrength';

type StrengthWord = 'weak' | 'fair' | 'good' | 'strong';

export type Strength = PassphraseStrength & { word: StrengthWord };

export function strengthWord(score: number): StrengthWord {
  if (score >= 4) return 'strong';
  if (score === 3) return 'good';
  if (score === 2) return 'fair';
  return 'weak';
}

export function toStrength(rating: PassphraseStrength): Strength {
  return { ...rating, word: strengthWord(rating.score) };
}
