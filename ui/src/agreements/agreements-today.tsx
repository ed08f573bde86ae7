// On Today: each agreement in force on the open day, with Kept, Missed and Renegotiated to mark
// how it went. Pressing the mark already set clears it. A missed day offers, and never asks for,
// a note on what repair could look like.
import { useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { AgreementView } from '../bindings/AgreementView';
import type { Keeping } from '../bindings/Keeping';
import { RepairNoteDialog } from './agreement-dialogs';
import { activeOn, cadenceLabel, KEEPINGS, markOn, nextKeeping } from './terms';
import './agreements.css';

type Props = {
  /** Every agreement, or null while they load. */
  agreements: AgreementView[] | null;
  day: string;
  /** Takes the agreement as the backend returned it after a mark. */
  onMarked: (view: AgreementView) => void;
  onOpenAgreements: () => void;
};

export function AgreementsToday({ agreements, day, onMarked, onOpenAgreements }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [noting, setNoting] = useState<AgreementView | null>(null);
  if (agreements === null) return null;
  const active = agreements.filter((agreement) => activeOn(agreement, day));

  const mark = async (agreement: AgreementView, pressed: Keeping) => {
    setError(null);
    try {
      onMarked(await api.markAgreement(agreement.id, day, nextKeeping(markOn(agreement, day), pressed)));
    } catch (reason) {
      setError(toCommandError(reason).message);
    }
  };

  if (active.length === 0) {
    return agreements.length === 0 ? (
      <p class="today-records-note">
        Agreements you write down are marked here each day.{' '}
        <button type="button" class="link-button" onClick={onOpenAgreements} data-testid="agreements-today-open">
          Write one down
        </button>
      </p>
    ) : null;
  }

  return (
    <>
      <ul class="agreements-today">
        {active.map((agreement) => {
          const current = markOn(agreement, day);
          const note = agreement.marks.find((mark) => mark.day === day)?.note ?? null;
          return (
            <li key={agreement.id} class="agreement-today" data-testid="agreement-today" data-agreement-id={agreement.id}>
              <div class="agreement-today-words">
                <p class="agreement-today-text" dir="auto">
                  {agreement.current.text}
                </p>
                <p class="agreement-today-cadence">{cadenceLabel(agreement.current.cadence)}</p>
              </div>
              <div class="keeping-toggles" role="group" aria-label={`How it went: ${agreement.current.text}`}>
                {KEEPINGS.map(({ value, label }) => (
                  <button
                    key={value}
                    type="button"
                    class={`keeping-toggle keeping-${value}`}
                    aria-pressed={current === value}
                    title={current === value ? `${label}: press again to clear` : label}
                    onClick={() => void mark(agreement, value)}
                    data-testid={`agreement-mark-${value}`}
                  >
                    {label}
                  </button>
                ))}
              </div>
              {current === 'missed' && (
                <p class="agreement-today-repair">
                  {note && (
                    <>
                      <span>What repair could look like:</span>
                      <span class="agreement-today-note" dir="auto" data-testid="repair-note">
                        {note}
                      </span>
                    </>
                  )}
                  <button type="button" class="link-button" onClick={() => setNoting(agreement)} data-testid="repair-note-open">
                    {note ? 'Change the note' : 'What would repair look like? Add a note'}
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p class="form-error" role="alert" data-testid={error ? 'agreement-mark-error' : undefined}>
        {error}
      </p>
      {noting && (
        <RepairNoteDialog
          agreement={noting}
          day={day}
          onSaved={(view) => {
            setNoting(null);
            onMarked(view);
          }}
          onClose={() => setNoting(null)}
        />
      )}
    </>
  );
}
