// Settings → Letters to your partner: this journal's sharing key to hand over (copied, or saved
// as a sharing card), and the partner's, added from their card or pasted. Fingerprints are
// shown large enough to read aloud to each other.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import type { SharingKey } from '../bindings/SharingKey';
import { BusyButton } from '../controls/busy-button';
import { useStep } from '../controls/use-step';
import './sharing.css';

export function SharingSection() {
  const [own, setOwn] = useState<SharingKey | null>(null);
  const [partner, setPartner] = useState<SharingKey | null>(null);
  const [pasted, setPasted] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const step = useStep();
  const { busy, error } = step;
  const run = (work: () => Promise<void>) => {
    setStatus(null);
    return step.run(work);
  };

  useEffect(() => {
    void run(async () => setOwn(await api.sharingKey()));
    api.partnerKey().then(setPartner, () => undefined);
  }, []);

  const added = (key: SharingKey | null) => {
    if (!key) return;
    setPartner(key);
    setPasted('');
    setStatus('Your partner’s key is added. Compare its fingerprint with theirs, aloud.');
  };

  return (
    <section class="settings-section" aria-labelledby="sharing-heading" data-testid="sharing-section">
      <h3 class="settings-heading" id="sharing-heading">
        Letters to your partner
      </h3>
      <p>
        Letters are sealed with keys, not sent through a server. Give your partner your sharing
        card; add theirs. A card holds no secret.
      </p>
      {own && (
        <div class="sharing-key">
          <span class="field-label">Your sharing key</span>
          <span class="fingerprint" data-testid="own-fingerprint">
            {own.fingerprint}
          </span>
          <code class="path" data-testid="own-sharing-key">
            {own.publicKey}
          </code>
          <div class="button-row">
            <BusyButton
              variant="secondary"
              type="button"
              busy={busy}
              busyLabel="Saving…"
              onClick={() =>
                run(async () => {
                  const path = await api.saveSharingCard();
                  if (path) setStatus(`Your sharing card is saved: ${path}`);
                })
              }
              testId="save-sharing-card"
            >
              Save sharing card…
            </BusyButton>
            <button
              type="button"
              class="btn btn-quiet"
              onClick={() =>
                run(async () => {
                  await navigator.clipboard.writeText(own.publicKey);
                  setStatus('Your sharing key is copied.');
                })
              }
              data-testid="copy-sharing-key"
            >
              Copy key
            </button>
          </div>
        </div>
      )}
      {partner ? (
        <div class="sharing-key" data-testid="partner-key">
          <span class="field-label">Your partner’s key</span>
          <span class="fingerprint" data-testid="partner-fingerprint">
            {partner.fingerprint}
          </span>
          <p class="field-hint">Your partner sees the same fingerprint beside their own key.</p>
          <div class="button-row">
            <button
              type="button"
              class="btn btn-quiet"
              onClick={() =>
                run(async () => {
                  await api.forgetPartnerKey();
                  setPartner(null);
                })
              }
              data-testid="forget-partner-key"
            >
              Forget this key
            </button>
          </div>
        </div>
      ) : (
        <form
          class="sharing-key"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => added(await api.setPartnerKey(pasted)));
          }}
        >
          <label class="field-label" for="partner-key-input">
            Your partner’s key
          </label>
          <div class="sharing-paste">
            <input
              id="partner-key-input"
              class="input"
              value={pasted}
              placeholder="age1…"
              spellcheck={false}
              autocomplete="off"
              onInput={(event) => setPasted(event.currentTarget.value)}
              data-testid="partner-key-input"
            />
            <button type="submit" class="btn btn-secondary" disabled={busy || pasted.trim() === ''} data-testid="add-partner-key">
              Add
            </button>
          </div>
          <div class="button-row">
            <button
              type="button"
              class="btn btn-quiet"
              disabled={busy}
              onClick={() => run(async () => added(await api.openPartnerCard()))}
              data-testid="open-partner-card"
            >
              Open their sharing card…
            </button>
          </div>
        </form>
      )}
      <p role="status" data-testid="sharing-status">
        {status}
      </p>
      <p class="form-error" role="alert" data-testid="sharing-error">
        {error}
      </p>
    </section>
  );
}
