// Every agreement: the ones in force with their keep rates and history, the overall keep rate,
// and the retired ones folded away beneath.
import { useState } from 'preact/hooks';
import * as api from '../api';
import type { AgreementView } from '../bindings/AgreementView';
import type { Agreements } from '../bindings/Agreements';
import { PlusIcon, TrashIcon } from '../controls/icons';
import { countOf } from '../records/labels';
import { RecordPage, RecordsEmpty } from '../records/record-page';
import { useLoaded } from '../records/use-loaded';
import { AgreementCard } from './agreement-card';
import { AddAgreementDialog, DeleteAgreementDialog, RenegotiateDialog, RetireDialog } from './agreement-dialogs';
import { keepLabel, keepPercent } from './terms';
import './agreements.css';

type Props = {
  onError: (reason: unknown) => void;
  /** The keep rates as numbers, or in words (Settings). */
  numbers: boolean;
};

type Open =
  | { dialog: 'add' }
  | { dialog: 'renegotiate' | 'retire' | 'delete'; agreement: AgreementView }
  | null;

function OverallRate({ agreements, numbers }: { agreements: readonly AgreementView[]; numbers: boolean }) {
  const kept = agreements.reduce((sum, a) => sum + a.kept, 0);
  const missed = agreements.reduce((sum, a) => sum + a.missed, 0);
  const percent = keepPercent(kept, missed);
  return (
    <div class="keep-summary">
      <p class="keep-summary-text" data-testid="agreements-keep-rate">
        {keepLabel(kept, missed, numbers)}
      </p>
      {numbers && percent !== null && (
        <div class="keep-meter" aria-hidden="true">
          <span class="keep-meter-fill" style={{ width: `${percent}%` }} />
        </div>
      )}
    </div>
  );
}

export function AgreementsView({ onError, numbers }: Props) {
  const loaded = useLoaded<Agreements>(api.agreements, onError);
  const [open, setOpen] = useState<Open>(null);
  const all = loaded.data?.agreements ?? null;
  const active = all?.filter((a) => a.retired === null) ?? [];
  const retired = all?.filter((a) => a.retired !== null) ?? [];

  const done = () => {
    setOpen(null);
    loaded.reload();
  };

  const actions = (agreement: AgreementView) => (
    <>
      {agreement.retired === null && (
        <>
          <button
            type="button"
            class="btn btn-quiet btn-small"
            onClick={() => setOpen({ dialog: 'renegotiate', agreement })}
            data-testid="agreement-renegotiate"
          >
            Renegotiate
          </button>
          <button
            type="button"
            class="btn btn-quiet btn-small"
            onClick={() => setOpen({ dialog: 'retire', agreement })}
            data-testid="agreement-retire"
          >
            Retire
          </button>
        </>
      )}
      <button
        type="button"
        class="icon-button icon-button-danger"
        aria-label="Delete this agreement"
        title="Delete"
        onClick={() => setOpen({ dialog: 'delete', agreement })}
        data-testid="agreement-delete"
      >
        <TrashIcon />
      </button>
    </>
  );

  return (
    <RecordPage
      title="Agreements"
      testId="agreements-view"
      meta="What you have agreed on together, marked day by day on Today."
      action={
        <button type="button" class="btn btn-primary" onClick={() => setOpen({ dialog: 'add' })} data-testid="agreement-add">
          <PlusIcon />
          New agreement
        </button>
      }
    >
      {all === null ? (
        loaded.failed && <RecordsEmpty>Your agreements could not be opened just now.</RecordsEmpty>
      ) : all.length === 0 ? (
        <RecordsEmpty testId="agreements-empty">
          <p>No agreements yet. When you agree on something together, such as sharing where you are or checking in at lunch, write it down here; Today will ask how it went.</p>
        </RecordsEmpty>
      ) : (
        <>
          <OverallRate agreements={all} numbers={numbers} />
          <div class="agreement-list">
            {active.map((agreement) => (
              <AgreementCard key={agreement.id} agreement={agreement} actions={actions(agreement)} numbers={numbers} />
            ))}
          </div>
          {retired.length > 0 && (
            <details class="retired-agreements" data-testid="agreements-retired">
              <summary>Retired ({countOf(retired.length, 'agreement', 'agreements')})</summary>
              <div class="agreement-list">
                {retired.map((agreement) => (
                  <AgreementCard key={agreement.id} agreement={agreement} actions={actions(agreement)} numbers={numbers} />
                ))}
              </div>
            </details>
          )}
        </>
      )}
      {open?.dialog === 'add' && <AddAgreementDialog onSaved={done} onClose={() => setOpen(null)} />}
      {open?.dialog === 'renegotiate' && (
        <RenegotiateDialog agreement={open.agreement} onSaved={done} onClose={() => setOpen(null)} />
      )}
      {open?.dialog === 'retire' && <RetireDialog agreement={open.agreement} onSaved={done} onClose={() => setOpen(null)} />}
      {open?.dialog === 'delete' && (
        <DeleteAgreementDialog agreement={open.agreement} onDeleted={done} onClose={() => setOpen(null)} />
      )}
    </RecordPage>
  );
}
