// Writing an agreement down, changing its terms, retiring it and deleting it. Renegotiating and
// retiring keep its history; only deleting lets it go, and says so.
import { useState } from 'preact/hooks';
import * as api from '../api';
import type { AgreementView } from '../bindings/AgreementView';
import type { Cadence } from '../bindings/Cadence';
import type { Owner } from '../bindings/Owner';
import { localDay } from '../journal/dates';
import { dayProblem, textProblem } from '../records/checks';
import { ConfirmDialog } from '../records/confirm-dialog';
import { DayField, SelectField, TextAreaField } from '../records/form-fields';
import { FormDialog } from '../records/form-dialog';
import { dateLabel } from '../records/labels';
import { CADENCES, MAX_NOTE_CHARS, OWNERS, termsProblem } from './terms';

type Done = { onSaved: (view: AgreementView) => void; onClose: () => void };

export function AddAgreementDialog({ onSaved, onClose }: Done) {
  const [text, setText] = useState('');
  const [cadence, setCadence] = useState<Cadence>('daily');
  const [owner, setOwner] = useState<Owner>('ours');
  const [since, setSince] = useState(localDay());
  return (
    <FormDialog
      title="A new agreement"
      description="A boundary or a transparency measure you have agreed on together, in your own words."
      testId="agreement-dialog"
      saveLabel="Write it down"
      saveTestId="agreement-save"
      onClose={onClose}
      check={() => termsProblem(text, since)}
      save={async () => onSaved(await api.addAgreement(text, cadence, owner, since))}
    >
      <TextAreaField
        label="What we agreed"
        value={text}
        onInput={setText}
        rows={2}
        placeholder="Phones stay face up on the table at dinner."
        autoFocus
        testId="agreement-text"
      />
      <div class="form-row">
        <SelectField label="How often" value={cadence} options={CADENCES} onChange={setCadence} testId="agreement-cadence" />
        <SelectField label="Who keeps it" value={owner} options={OWNERS} onChange={setOwner} testId="agreement-owner" />
        <DayField label="Since" value={since} onInput={setSince} testId="agreement-since" />
      </div>
    </FormDialog>
  );
}

type Existing = Done & { agreement: AgreementView };

export function RenegotiateDialog({ agreement, onSaved, onClose }: Existing) {
  const [text, setText] = useState(agreement.current.text);
  const [cadence, setCadence] = useState<Cadence>(agreement.current.cadence);
  const [day, setDay] = useState(localDay());
  return (
    <FormDialog
      title="Renegotiate this agreement"
      description="The new terms apply from the day you choose, which is marked renegotiated. The earlier wording and every mark stay in its history."
      testId="agreement-renegotiate-dialog"
      saveLabel="Save the new terms"
      saveTestId="agreement-renegotiate-save"
      onClose={onClose}
      check={() => termsProblem(text, day)}
      save={async () => onSaved(await api.renegotiateAgreement(agreement.id, text, cadence, day))}
    >
      <TextAreaField label="The new terms" value={text} onInput={setText} rows={2} autoFocus testId="agreement-renegotiate-text" />
      <div class="form-row">
        <SelectField label="How often" value={cadence} options={CADENCES} onChange={setCadence} testId="agreement-renegotiate-cadence" />
        <DayField label="From" value={day} onInput={setDay} testId="agreement-renegotiate-day" />
      </div>
    </FormDialog>
  );
}

export function RepairNoteDialog({ agreement, day, onSaved, onClose }: Existing & { day: string }) {
  const [note, setNote] = useState(agreement.marks.find((mark) => mark.day === day)?.note ?? '');
  return (
    <FormDialog
      title="What would repair look like?"
      description="Only if it helps: a few words on what could set this right, or make it easier next time. It stays with this day, and you can leave it empty."
      testId="repair-note-dialog"
      saveLabel="Keep this note"
      saveTestId="repair-note-save"
      onClose={onClose}
      check={() => textProblem(note, 'note', MAX_NOTE_CHARS, false)}
      save={async () => onSaved(await api.noteRepair(agreement.id, day, note))}
    >
      <TextAreaField
        label={`After ${dateLabel(day)}: ${agreement.current.text}`}
        value={note}
        onInput={setNote}
        rows={3}
        placeholder="Talking it through on Sunday, calmly."
        autoFocus
        testId="repair-note-text"
      />
    </FormDialog>
  );
}

export function RetireDialog({ agreement, onSaved, onClose }: Existing) {
  const [day, setDay] = useState(localDay());
  return (
    <ConfirmDialog
      title="Retire this agreement?"
      description={`It moves to Retired, with its history and its marks before that day kept. It was agreed on ${dateLabel(agreement.since)}.`}
      confirmLabel="Retire it"
      busyLabel="Retiring…"
      cancelLabel="Keep it active"
      testId="agreement-retire-dialog"
      confirmTestId="agreement-retire-confirm"
      onClose={onClose}
      onConfirm={async () => {
        const problem = dayProblem(day);
        if (problem) throw { kind: 'invalid_input', message: problem };
        onSaved(await api.retireAgreement(agreement.id, day));
      }}
    >
      <DayField label="From" value={day} onInput={setDay} hint="The first day it no longer applies." testId="agreement-retire-day" />
    </ConfirmDialog>
  );
}

export function DeleteAgreementDialog({ agreement, onDeleted, onClose }: { agreement: AgreementView; onDeleted: () => void; onClose: () => void }) {
  const retired = agreement.retired !== null;
  return (
    <ConfirmDialog
      title="Delete this agreement?"
      description={
        retired
          ? 'It and every mark it had will be gone for good.'
          : 'It and every mark it had will be gone for good. Retiring it instead keeps its history.'
      }
      confirmLabel="Delete"
      busyLabel="Deleting…"
      danger
      testId="agreement-delete-dialog"
      confirmTestId="agreement-delete-confirm"
      onClose={onClose}
      onConfirm={async () => {
        await api.deleteAgreement(agreement.id);
        onDeleted();
      }}
    />
  );
}
