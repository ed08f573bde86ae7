// Noting a trigger, or changing one: what happened, how strong it was, what helped and how long
// it took to settle.
import { useId, useState } from 'preact/hooks';
import * as api from '../api';
import type { Trigger } from '../bindings/Trigger';
import { localDay } from '../journal/dates';
import { ChoiceGroup } from '../records/choice-group';
import { DayField, TextAreaField } from '../records/form-fields';
import { FormDialog } from '../records/form-dialog';
import { INTENSITIES, intensityLabel, parseMinutes, triggerProblem, type TriggerForm } from './trigger-rules';

type Props = {
  trigger: Trigger | null;
  onSaved: (trigger: Trigger) => void;
  onClose: () => void;
};

export function TriggerDialog({ trigger, onSaved, onClose }: Props) {
  const whatId = useId();
  const minutesId = useId();
  const [form, setForm] = useState<TriggerForm>(() => ({
    day: trigger?.day ?? localDay(),
    what: trigger?.what ?? '',
    intensity: trigger?.intensity ?? null,
    helped: trigger?.helped ?? '',
    minutes: trigger?.settled_minutes?.toString() ?? '',
  }));
  const edit = (change: Partial<TriggerForm>) => setForm((was) => ({ ...was, ...change }));

  return (
    <FormDialog
      title={trigger ? 'Change this trigger' : 'A trigger'}
      description={trigger ? undefined : 'Noticing what sets the hurt off, and what helps, is how it loosens its hold.'}
      testId="trigger-dialog"
      saveLabel={trigger ? 'Save' : 'Note it'}
      saveTestId="trigger-save"
      wide
      onClose={onClose}
      check={() => triggerProblem(form)}
      save={async () => {
        const saved = await api.saveTrigger({
          id: trigger?.id ?? null,
          day: form.day,
          what: form.what,
          intensity: form.intensity ?? 0,
          helped: form.helped,
          settled_minutes: parseMinutes(form.minutes),
        });
        onSaved(saved);
      }}
    >
      <div class="field">
        <label class="field-label" for={whatId}>
          What happened?
        </label>
        <input
          id={whatId}
          class="input"
          dir="auto"
          autocomplete="off"
          value={form.what}
          placeholder="A message arrived late at night"
          onInput={(event) => edit({ what: event.currentTarget.value })}
          data-autofocus
          data-testid="trigger-what"
        />
      </div>
      <div class="intensity-field">
        <ChoiceGroup
          legend={form.intensity === null ? 'How strong was it?' : `How strong was it? ${form.intensity}: ${intensityLabel(form.intensity)}`}
          value={form.intensity}
          onChange={(intensity) => edit({ intensity })}
          class="intensity-scale"
          itemClass="scale-step intensity-step"
          filledClass="scale-step-filled"
          choices={INTENSITIES.map(({ value, label }) => ({
            value,
            label: value,
            ariaLabel: `${value} of 5: ${label}`,
            testId: `trigger-intensity-${value}`,
          }))}
        />
        <div class="intensity-ends" aria-hidden="true">
          <span>{intensityLabel(1)}</span>
          <span>{intensityLabel(5)}</span>
        </div>
      </div>
      <TextAreaField
        label="What helped?"
        value={form.helped}
        onInput={(helped) => edit({ helped })}
        rows={2}
        placeholder="A walk, then we talked it through"
        testId="trigger-helped"
      />
      <div class="form-row">
        <div class="field">
          <label class="field-label" for={minutesId}>
            Minutes until it settled
          </label>
          <input
            id={minutesId}
            class="input input-minutes"
            inputMode="numeric"
            autocomplete="off"
            value={form.minutes}
            placeholder="Optional"
            onInput={(event) => edit({ minutes: event.currentTarget.value })}
            data-testid="trigger-minutes"
          />
        </div>
        <DayField label="Day" value={form.day} onInput={(day) => edit({ day })} testId="trigger-day" />
      </div>
    </FormDialog>
  );
}
