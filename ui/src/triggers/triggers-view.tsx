// The trigger log: each trigger noted, newest first, and above it the patterns they make.
import * as api from '../api';
import type { Trigger } from '../bindings/Trigger';
import type { TriggerPatterns as Patterns } from '../bindings/TriggerPatterns';
import { PlusIcon } from '../controls/icons';
import { countOf, minutesLabel, shortDayLabel } from '../records/labels';
import { DeleteRecordDialog, RecordList, RecordTools } from '../records/record-list';
import { RecordPage } from '../records/record-page';
import { useLoaded } from '../records/use-loaded';
import { useRecordChanges } from '../records/use-record-changes';
import { TriggerPatterns } from './patterns';
import { TriggerDialog } from './trigger-dialog';
import { intensityLabel } from './trigger-rules';
import './triggers.css';
import * as clock from '../clock';

type Props = { onError: (reason: unknown) => void };

function IntensityDots({ intensity }: { intensity: number }) {
  return (
    <span class="intensity-dots" role="img" aria-label={`Intensity ${intensity} of 5: ${intensityLabel(intensity)}`}>
      {[1, 2, 3, 4, 5].map((step) => (
        <span key={step} class={step <= intensity ? 'intensity-dot intensity-dot-on' : 'intensity-dot'} />
      ))}
    </span>
  );
}

type ItemProps = { trigger: Trigger; now: Date; onEdit: () => void; onDelete: () => void };

function TriggerItem({ trigger, now, onEdit, onDelete }: ItemProps) {
  return (
    <li class="trigger-item" data-testid="trigger-item" data-trigger-id={trigger.id}>
      <div class="trigger-body">
        <div class="trigger-head">
          <p class="trigger-what" dir="auto">
            {trigger.what}
          </p>
          <RecordTools noun="trigger" onEdit={onEdit} onDelete={onDelete} />
        </div>
        <p class="trigger-meta">
          <time dateTime={trigger.day}>{shortDayLabel(trigger.day, now)}</time>
          <span class="trigger-intensity">
            <IntensityDots intensity={trigger.intensity} />
            {intensityLabel(trigger.intensity)}
          </span>
          {trigger.settled_minutes !== null && <span>Settled in {minutesLabel(trigger.settled_minutes)}</span>}
        </p>
        {trigger.helped && (
          <p class="trigger-helped" dir="auto">
            <span class="trigger-helped-label">What helped: </span>
            {trigger.helped}
          </p>
        )}
      </div>
    </li>
  );
}

export function TriggersView({ onError }: Props) {
  const changes = useRecordChanges<Trigger>();
  const { editing, deleting } = changes;
  const triggers = useLoaded<Trigger[]>(api.triggers, onError, changes.revision);
  const patterns = useLoaded<Patterns>(api.triggerPatterns, onError, changes.revision);
  const now = clock.now();
  const list = triggers.data;


  return (
    <RecordPage
      title="Triggers"
      testId="triggers-view"
      meta={list && list.length > 0 ? `${countOf(list.length, 'trigger', 'triggers')} noted` : 'What set the hurt off, how strongly, and what helped.'}
      action={
        <button type="button" class="btn btn-primary" onClick={changes.add} data-testid="trigger-add">
          <PlusIcon />
          Trigger
        </button>
      }
    >
      <RecordList
        records={list}
        failed={triggers.failed}
        failedMessage="Your triggers could not be opened just now."
        empty="Nothing noted yet. When something brings the hurt back, noting it here, with what helped, shows over the months how it eases."
        emptyTestId="triggers-empty"
      >
        {(shown) => (
          <>
            {patterns.data && <TriggerPatterns patterns={patterns.data} />}
            <section class="trigger-log" aria-labelledby="trigger-log-title">
              <h2 id="trigger-log-title" class="records-section-title">
                Noted
              </h2>
              <ul class="trigger-list">
                {shown.map((trigger) => (
                  <TriggerItem
                    key={trigger.id}
                    trigger={trigger}
                    now={now}
                    onEdit={() => changes.edit(trigger)}
                    onDelete={() => changes.askToDelete(trigger)}
                  />
                ))}
              </ul>
            </section>
          </>
        )}
      </RecordList>
      {editing && <TriggerDialog trigger={editing.record} onClose={changes.closeForm} onSaved={changes.saved} />}
      {deleting && (
        <DeleteRecordDialog
          noun="trigger"
          description={`“${deleting.what}” will be gone for good, and the patterns will no longer count it.`}
          onDelete={() => api.deleteTrigger(deleting.id)}
          onDeleted={changes.deleted}
          onClose={changes.closeDelete}
        />
      )}
    </RecordPage>
  );
}
