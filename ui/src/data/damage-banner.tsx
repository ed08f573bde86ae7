// Shown over the journal when part of it could not be read at unlock: what happened, in calm
// words, and the two ways on. Nothing is lost by either, and nothing happens until one is chosen.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { DamageReport } from '../bindings/DamageReport';
import { BusyButton } from '../controls/busy-button';
import * as clock from '../clock';
import { damageOutcome, damageWords } from './words';
import './data.css';

type DamageBannerProps = {
  /** Records came back or parts were emptied: the journal's lists should start afresh. */
  onChanged: () => void;
};

export function DamageBanner({ onChanged }: DamageBannerProps) {
  const [report, setReport] = useState<DamageReport | null>(null);
  const [busy, setBusy] = useState<'recovering' | 'setting-aside' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  useEffect(() => {
    api.journalDamage().then(setReport, () => undefined);
  }, []);

  if (outcome) {
    return (
      <section class="damage-banner" role="status" data-testid="damage-banner">
        <p>{outcome}</p>
        <div class="button-row">
          <button type="button" class="btn btn-secondary" onClick={() => setOutcome(null)} data-testid="damage-close">
            Close
          </button>
        </div>
      </section>
    );
  }
  if (!report || report.problems.length === 0) return null;

  const words = damageWords(report.problems.length, report.backup?.written ?? null, clock.now());
  const choose = async (kind: 'recovering' | 'setting-aside') => {
    setBusy(kind);
    setError(null);
    try {
      const recovered = kind === 'recovering' ? await api.recoverDamaged() : null;
      if (kind === 'setting-aside') await api.setDamageAside();
      setReport(null);
      setOutcome(damageOutcome(recovered));
      onChanged();
    } catch (reason) {
      setError(toCommandError(reason).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="damage-banner" aria-labelledby="damage-heading" data-testid="damage-banner">
      <h2 id="damage-heading" class="damage-heading">
        {words.heading}
      </h2>
      <p>{words.body}</p>
      <p>{words.offer}</p>
      <details class="damage-details">
        <summary>What Kintsugi found</summary>
        <ul>
          {report.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </details>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        {report.backup && (
          <BusyButton
            type="button"
            busy={busy === 'recovering'}
            busyLabel="Bringing it back…"
            testId="damage-recover"
            onClick={() => void choose('recovering')}
          >
            Bring it back from the backup
          </BusyButton>
        )}
        <BusyButton
          type="button"
          variant="secondary"
          busy={busy === 'setting-aside'}
          busyLabel="Setting it aside…"
          testId="damage-set-aside"
          onClick={() => void choose('setting-aside')}
        >
          Go on without it
        </BusyButton>
      </div>
    </section>
  );
}
