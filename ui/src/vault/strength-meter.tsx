// A quiet hint, never a gate: the passphrase rules themselves live on the Rust side.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadStrengthChecker, type StrengthChecker } from './strength';

type Props = {
  passphrase: string;
  /** Shown until something is typed. */
  hint: ComponentChildren;
};

export function StrengthMeter({ passphrase, hint }: Props) {
  const [check, setCheck] = useState<StrengthChecker | null>(null);

  useEffect(() => {
    let live = true;
    loadStrengthChecker().then(
      (checker) => live && setCheck(() => checker),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const strength = passphrase && check ? check(passphrase) : null;
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
