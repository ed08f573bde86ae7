// The trigger log: each trigger noted, newest first, and above it the patterns they make.
import { useState } from 'preact/hooks';
import * as api from '../api';
import type { Trigger } from '../bindings/Trigger';
import type { TriggerPatterns as Patterns } from '../bindings/TriggerPatterns';
import { PlusIcon, TrashIcon } from '../controls/icons';
import { ConfirmDialog } from '../records/confirm-dialog';
import { EditIcon } from '../records/icons';
import { countOf, minutesLabel, shortDayLabel } from '../records/labels';
import { RecordPage, RecordsEmpty } from '../records/record-page';
import { useLoaded } from '../records/use-loaded';
import { TriggerPatterns } from './patterns';
import { TriggerDialog } from './trigger-dialog';
import { intensityLabel } from './trigger-rules';
import './triggers.css';

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
          <div class="record-tools">
            <button type="button" class="icon-button" aria-label="Change this trigger" title="Change" onClick={onEdit} data-testid="trigger-edit">
              <EditIcon />
            </button>
            <button
              type="button"
              class="icon-button icon-button-danger"
              aria-label="Delete this trigger"
              title="Delete"
              onClick={onDelete}
              data-testid="trigger-delete"
            >
              <TrashIcon />
            </button>
          </div>
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
  const [revision, setRevision] = useState(0);
  const triggers = useLoaded<Trigger[]>(api.triggers, onError, revision);
  const patterns = useLoaded<Patterns>(api.triggerPatterns, onError, revision);
  const [editing, setEditing] = useState<{ trigger: Trigger | null } | null>(null);
  const [deleting, setDeleting] = useState<Trigger | null>(null);
  const now = new Date();
  const list = triggers.data;

  const changed = () => setRevision((n) => n + 1);

  return (
    <RecordPage
      title="Triggers"
      testId="triggers-view"
      meta={list && list.length > 0 ? `${countOf(list.length, 'trigger', 'triggers')} noted` : 'What set the hurt off, how strongly, and what helped.'}
      action={
        <button type="button" class="btn btn-primary" onClick={() => setEditing({ trigger: null })} data-testid="trigger-add">
          <PlusIcon />
          Trigger
        </button>
      }
    >
      {list === null ? (
        triggers.failed && <RecordsEmpty>Your triggers could not be opened just now.</RecordsEmpty>
      ) : list.length === 0 ? (
        <RecordsEmpty testId="triggers-empty">
          <p>Nothing noted yet. When something brings the hurt back, noting it here, with what helped, shows over the months how it eases.</p>
        </RecordsEmpty>
      ) : (
        <>
          {patterns.data && <TriggerPatterns patterns={patterns.data} />}
          <section class="trigger-log" aria-labelledby="trigger-log-title">
            <h2 id="trigger-log-title" class="records-section-title">
              Noted
            </h2>
            <ul class="trigger-list">
              {list.map((trigger) => (
                <TriggerItem
                  key={trigger.id}
                  trigger={trigger}
                  now={now}
                  onEdit={() => setEditing({ trigger })}
                  onDelete={() => setDeleting(trigger)}
                />
              ))}
            </ul>
          </section>
        </>
      )}
      {editing && (
        <TriggerDialog
          trigger={editing.trigger}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this trigger?"
          description={`“${deleting.what}” will be gone for good, and the patterns will no longer count it.`}
          confirmLabel="Delete"
          busyLabel="Deleting…"
          danger
          testId="trigger-delete-dialog"
          confirmTestId="trigger-delete-confirm"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.deleteTrigger(deleting.id);
            setDeleting(null);
            changed();
          }}
        />
      )}
    </RecordPage>
  );
}
