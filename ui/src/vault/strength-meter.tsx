// A quiet hint while typing. The rule itself lives on the Rust side, which refuses a passphrase
// rated below "good" when it is saved, with the reason.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { passphraseStrength } from '../api';
import { latestOnly } from '../search/latest-only';
import { toStrength, type Strength } from './strength';

type Props = {
  passphrase: string;
  /** Shown until something is typed. */
  hint: ComponentChildren;
};

export function StrengthMeter({ passphrase, hint }: Props) {
  const [rated, setRated] = useState<Strength | null>(null);
  // Ratings of earlier keystrokes can come back after the latest one; only the latest counts.
  const rating = useMemo(() => latestOnly(passphraseStrength), []);

  useEffect(() => {
    if (!passphrase) {
      rating.cancel();
      setRated(null);
      return;
    }
    rating.request(
      passphrase,
      (answer) => setRated(toStrength(answer)),
      // Without a rating the hint stays; choosing a passphrase goes on regardless.
      () => setRated(null),
    );
  }, [passphrase, rating]);

  useEffect(() => () => rating.cancel(), [rating]);

  const strength = passphrase ? rated : null;
  // Even the weakest passphrase lights one step, so the bar visibly responds to typing.
  const filled = strength ? Math.max(1, strength.score) : 0;
  return (
    <div class={strength ? `strength strength-${strength.word}` : 'strength'}>
      <div class="strength-bar" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} class={step <= filled ? 'strength-step on' : 'strength-step'} />
        ))}
      </div>
      <p class="strength-text" aria-live="polite">
        {strength ? (
          <>
            <span class="strength-word">Strength: {strength.word}.</span>{' '}
            {strength.feedback[0]}
          </>
        ) : (
          hint
        )}
      </p>
    </div>
  );
}
