// "How far you've come": the first 30 days of the journal beside the last 30, each measure with
// a plain sentence about what changed.
import { useId } from 'preact/hooks';
import type { Progress } from '../bindings/Progress';
import { localDay } from '../journal/dates';
import { compareProgress, progressLead } from './progress-words';

export function ProgressPanel({ progress, today = localDay() }: { progress: Progress; today?: string }) {
  const titleId = useId();
  return (
    <section class="progress-panel" data-testid="progress-panel" aria-labelledby={titleId}>
      <h2 id={titleId} class="progress-title">
        How far you've come
      </h2>
      <p class="progress-lead" data-testid="progress-lead">
        {progressLead(progress, today)}
      </p>
      {progress.comparable && (
        <ul class="progress-measures">
          {compareProgress(progress).map((measure) => (
            <li key={measure.id} class="progress-measure" data-testid={`progress-${measure.id}`} data-tone={measure.tone}>
              <span class="progress-label">{measure.label}</span>
              <span class="progress-figures">
                <span class="progress-now">{measure.now ?? '—'}</span>
                {measure.then !== null && <span class="progress-then">then {measure.then}</span>}
              </span>
              <p class="progress-sentence">{measure.sentence}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
