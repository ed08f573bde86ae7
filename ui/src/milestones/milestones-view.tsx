// Milestones on the way: sessions, the apology, the disclosure, anniversaries and the person's
// own, newest first, each with its note.
import * as api from '../api';
import type { Milestone } from '../bindings/Milestone';
import { PlusIcon } from '../controls/icons';
import { countOf, dateLabel } from '../records/labels';
import { DeleteRecordDialog, RecordList, RecordTools } from '../records/record-list';
import { RecordPage } from '../records/record-page';
import { useLoaded } from '../records/use-loaded';
import { useRecordChanges } from '../records/use-record-changes';
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
          <RecordTools noun="milestone" onEdit={onEdit} onDelete={onDelete} />
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
  const changes = useRecordChanges<Milestone>();
  const { editing, deleting } = changes;
  const milestones = useLoaded<Milestone[]>(api.milestones, onError, changes.revision);
  const list = milestones.data;

  return (
    <RecordPage
      title="Milestones"
      testId="milestones-view"
      meta={list && list.length > 0 ? `${countOf(list.length, 'milestone', 'milestones')} on the way` : 'Sessions, conversations and days that mattered.'}
      action={
        <button type="button" class="btn btn-primary" onClick={changes.add} data-testid="milestone-add">
          <PlusIcon />
          Milestone
        </button>
      }
    >
      <RecordList
        records={list}
        failed={milestones.failed}
        failedMessage="Your milestones could not be opened just now."
        empty="Nothing here yet. A first couples session, the apology, an anniversary: the days that mark the way belong here, and on the timeline."
        emptyTestId="milestones-empty"
      >
        {(shown) => (
          <ol class="milestone-list">
            {shown.map((milestone) => (
              <MilestoneItem
                key={milestone.id}
                milestone={milestone}
                onEdit={() => changes.edit(milestone)}
                onDelete={() => changes.askToDelete(milestone)}
              />
            ))}
          </ol>
        )}
      </RecordList>
      {editing && <MilestoneDialog milestone={editing.record} onClose={changes.closeForm} onSaved={changes.saved} />}
      {deleting && (
        <DeleteRecordDialog
          noun="milestone"
          description={`“${milestoneName(deleting)}” of ${dateLabel(deleting.day)} will be gone for good.`}
          onDelete={() => api.deleteMilestone(deleting.id)}
          onDeleted={changes.deleted}
          onClose={changes.closeDelete}
        />
      )}
    </RecordPage>
  );
}
