// Adding a milestone, or changing one: its kind, its day, a title (needed for one of your own)
// and a note.
import { useId, useState } from 'preact/hooks';
import * as api from '../api';
import type { Milestone } from '../bindings/Milestone';
import type { MilestoneKind } from '../bindings/MilestoneKind';
import { localDay } from '../journal/dates';
import { DayField, SelectField, TextAreaField } from '../records/form-fields';
import { FormDialog } from '../records/form-dialog';
import { MILESTONE_KINDS, milestoneProblem } from './milestone-kinds';

type Props = {
  milestone: Milestone | null;
  onSaved: (milestone: Milestone) => void;
  onClose: () => void;
};

export function MilestoneDialog({ milestone, onSaved, onClose }: Props) {
  const titleId = useId();
  const [kind, setKind] = useState<MilestoneKind>(milestone?.kind ?? 'couples_session');
  const [day, setDay] = useState(milestone?.day ?? localDay());
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [note, setNote] = useState(milestone?.note ?? '');
  const own = kind === 'custom';

  return (
    <FormDialog
      title={milestone ? 'Change this milestone' : 'A milestone'}
      description={milestone ? undefined : 'A session, a conversation, a day that mattered on the way.'}
      testId="milestone-dialog"
      saveLabel={milestone ? 'Save' : 'Add it'}
      saveTestId="milestone-save"
      onClose={onClose}
      check={() => milestoneProblem({ day, kind, title, note })}
      save={async () => onSaved(await api.saveMilestone({ id: milestone?.id ?? null, day, kind, title, note }))}
    >
      <div class="form-row">
        <SelectField label="Kind" value={kind} options={MILESTONE_KINDS} onChange={setKind} testId="milestone-kind" />
        <DayField label="Day" value={day} onInput={setDay} testId="milestone-day" />
      </div>
      <div class="field">
        <label class="field-label" for={titleId}>
          {own ? 'Title' : 'Title (optional)'}
        </label>
        <input
          id={titleId}
          class="input"
          dir="auto"
          autocomplete="off"
          value={title}
          placeholder={own ? 'First weekend away together' : 'Session with Dr. Okafor'}
          onInput={(event) => setTitle(event.currentTarget.value)}
          data-autofocus
          data-testid="milestone-title"
        />
      </div>
      <TextAreaField
        label="Note"
        value={note}
        onInput={setNote}
        rows={4}
        hint="Markdown works here, as in an entry."
        testId="milestone-note"
      />
    </FormDialog>
  );
}
