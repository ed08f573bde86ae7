// Milestones on the way: sessions, the apology, the disclosure, anniversaries and the person's
// own, newest first, each with its note.
import { useState } from 'preact/hooks';
import * as api from '../api';
import type { Milestone } from '../bindings/Milestone';
import { PlusIcon, TrashIcon } from '../controls/icons';
import { ConfirmDialog } from '../records/confirm-dialog';
import { EditIcon } from '../records/icons';
import { countOf, dateLabel } from '../records/labels';
import { RecordPage, RecordsEmpty } from '../records/record-page';
import { useLoaded } from '../records/use-loaded';
import { MarkdownView } from '../writing/markdown-view';
import { MilestoneDialog } from './milestone-dialog';
import { milestoneKindLabel, milestoneName } from './milestone-kinds';
import './milestones.css';

type Props = { onError: (reason: unknown) => void };

type ItemProps = { milestone: Milestone; onEdit: () => void; onDelete: () => void };

function MilestoneItem({ milestone, onEdit, onDelete }: ItemProps) {
  return (
    <li class="milestone-item" data-testid="milestone-item" data-milestone-id={milestone.id}>
      <span class={`milestone-dot milestone-${milestone.kind}`} aria-hidden="true" />
      <div class="milestone-body">
        <div class="milestone-head">
          <div>
            <p class="milestone-when">
              <time dateTime={milestone.day}>{dateLabel(milestone.day)}</time>
              {milestone.title && <span class="milestone-kind">{milestoneKindLabel(milestone.kind)}</span>}
            </p>
            <h2 class="milestone-name" dir="auto">
              {milestoneName(milestone)}
            </h2>
          </div>
          <div class="record-tools">
            <button type="button" class="icon-button" aria-label="Change this milestone" title="Change" onClick={onEdit} data-testid="milestone-edit">
              <EditIcon />
            </button>
            <button
              type="button"
              class="icon-button icon-button-danger"
              aria-label="Delete this milestone"
              title="Delete"
              onClick={onDelete}
              data-testid="milestone-delete"
            >
              <TrashIcon />
            </button>
          </div>
        </div>
        {milestone.note && (
          <div class="milestone-note">
            <MarkdownView title="" text={milestone.note} />
          </div>
        )}
      </div>
    </li>
  );
}

export function MilestonesView({ onError }: Props) {
  const [revision, setRevision] = useState(0);
  const milestones = useLoaded<Milestone[]>(api.milestones, onError, revision);
  const [editing, setEditing] = useState<{ milestone: Milestone | null } | null>(null);
  const [deleting, setDeleting] = useState<Milestone | null>(null);
  const list = milestones.data;
  const changed = () => setRevision((n) => n + 1);

  return (
    <RecordPage
      title="Milestones"
      testId="milestones-view"
      meta={list && list.length > 0 ? `${countOf(list.length, 'milestone', 'milestones')} on the way` : 'Sessions, conversations and days that mattered.'}
      action={
        <button type="button" class="btn btn-primary" onClick={() => setEditing({ milestone: null })} data-testid="milestone-add">
          <PlusIcon />
          Milestone
        </button>
      }
    >
      {list === null ? (
        milestones.failed && <RecordsEmpty>Your milestones could not be opened just now.</RecordsEmpty>
      ) : list.length === 0 ? (
        <RecordsEmpty testId="milestones-empty">
          <p>Nothing here yet. A first couples session, the apology, an anniversary: the days that mark the way belong here, and on the timeline.</p>
        </RecordsEmpty>
      ) : (
        <ol class="milestone-list">
          {list.map((milestone) => (
            <MilestoneItem
              key={milestone.id}
              milestone={milestone}
              onEdit={() => setEditing({ milestone })}
              onDelete={() => setDeleting(milestone)}
            />
          ))}
        </ol>
      )}
      {editing && (
        <MilestoneDialog
          milestone={editing.milestone}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this milestone?"
          description={`“${milestoneName(deleting)}” of ${dateLabel(deleting.day)} will be gone for good.`}
          confirmLabel="Delete"
          busyLabel="Deleting…"
          danger
          testId="milestone-delete-dialog"
          confirmTestId="milestone-delete-confirm"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.deleteMilestone(deleting.id);
            setDeleting(null);
            changed();
          }}
        />
      )}
    </RecordPage>
  );
}
