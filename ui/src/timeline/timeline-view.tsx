// The Timeline: trust, wins, agreements and triggers over a week, a month, a quarter, a year or
// everything; the days behind any point; and the first month beside the last. The core computes
// every figure; this only asks for them and draws them.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { Progress } from '../bindings/Progress';
import type { Timeline } from '../bindings/Timeline';
import type { Zoom } from '../bindings/Zoom';
import { ChevronLeftIcon, ChevronRightIcon } from '../browse/icons';
import { monthLabel } from '../records/labels';
import { moment, painted } from '../perf/marks';
import { latestOnly } from '../search/latest-only';
import { Drilldown } from './drilldown';
import { FiguresTable } from './figures-table';
import { ProgressPanel } from './progress-panel';
import { spanLabel } from './progress-words';
import type { TimelinePlace } from './timeline-place';
import { TrendChart } from './trend-chart';
import { pointDetails } from './words';
import { canGoBack, canGoForward, ZOOMS } from './zoom';
import '../wins/wins.css';
import './chart-colours.css';
import './timeline.css';

type Props = {
  place: TimelinePlace;
  /** Anything that changes when records are added elsewhere (a quick win), so the figures follow. */
  revision?: unknown;
  onOpen: (id: string) => void;
  /** Opens the summary to bring to a session. */
  onSummary: () => void;
  /** Told when the journal turned out to be locked. */
  onLocked: (reason: unknown) => void;
};

type Query = { zoom: Zoom; end: string | null };

const WINDOW_NAMES: Record<Zoom, string> = {
  week: 'week',
  month: '30 days',
  quarter: '13 weeks',
  year: '52 weeks',
  all: 'stretch',
};

function rangeLabel(timeline: Timeline): string {
  const first = timeline.points[0];
  const last = timeline.points[timeline.points.length - 1];
  if (!first || !last) return '';
  if (timeline.step === 'month') {
    return first.start === last.start ? monthLabel(first.start) : `${monthLabel(first.start)} – ${monthLabel(last.start)}`;
  }
  return spanLabel(first.start, last.end);
}

/** Whether anything at all was recorded in the timeline's span. */
function hasRecords(timeline: Timeline): boolean {
  return (
    timeline.milestones.length > 0 ||
    timeline.points.some(
      (p) => p.rated_days > 0 || p.wins.some((n) => n > 0) || p.kept + p.missed > 0 || p.triggers > 0,
    )
  );
}

export function TimelineView({ place, revision, onOpen, onSummary, onLocked }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const sequence = useMemo(() => latestOnly((query: Query) => api.timeline(query.zoom, query.end)), []);

  const fail = (reason: unknown) => {
    const error = toCommandError(reason);
    if (error.kind === 'locked') onLocked(reason);
    else setProblem(error.message);
  };

  useEffect(() => {
    setLoading(true);
    sequence.request(
      { zoom: place.zoom, end: place.end },
      (answer) => {
        setTimeline(answer);
        setProblem(null);
        setLoading(false);
        // With a chart to draw, the drawing says when it is shown.
        if (!hasRecords(answer)) {
          painted('timeline-shown');
          painted('zoom-shown');
        }
      },
      (reason) => {
        setLoading(false);
        fail(reason);
      },
    );
  }, [place.zoom, place.end, revision]);

  useEffect(() => {
    api.progress().then(setProgress, fail);
  }, [revision]);

  useEffect(() => sequence.cancel, []);

  // Arriving by a shortcut from the editor, which has gone, the keyboard starts here.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) {
      root.current?.focus({ preventScroll: true });
    }
  }, []);

  const chosenAt = timeline && place.chosen ? timeline.points.findIndex((p) => p.start === place.chosen!.start) : -1;
  const chosen = chosenAt >= 0 && timeline ? timeline.points[chosenAt] : undefined;

  const chooseAt = (index: number) => {
    const point = timeline?.points[index];
    if (!point) return;
    place.choose(point.start === place.chosen?.start ? null : { start: point.start, end: point.end });
  };

  const closeDrilldown = () => {
    place.choose(null);
    chartBox.current?.querySelector<HTMLElement>('.timeline-chart')?.focus();
  };

  const firstDay = progress?.first.start ?? null;
  const details = chosen && timeline ? pointDetails(chosen, timeline) : null;

  return (
    <div ref={root} class="place-page" tabIndex={-1} data-testid="timeline-view">
      <header class="page-header">
        <div class="timeline-title">
          <h1 class="page-title">Timeline</h1>
          {timeline && (
            <p class="page-meta" data-testid="timeline-range">
              {rangeLabel(timeline)}
            </p>
          )}
        </div>
        <div class="timeline-controls">
          <div class="zoom-buttons" role="group" aria-label="How much to show">
            {ZOOMS.map(({ zoom, label, span }) => (
              <button
                key={zoom}
                type="button"
                class="zoom-button"
                aria-pressed={place.zoom === zoom}
                title={`Show ${span}`}
                onClick={() => {
                  moment('zoom-chosen');
                  place.setZoom(zoom);
                }}
                data-testid={`zoom-${zoom}`}
              >
                {label}
              </button>
            ))}
          </div>
          <div class="timeline-steps">
            <button type="button" class="btn btn-secondary btn-small" onClick={onSummary} data-testid="timeline-summary">
              Prepare a summary
            </button>
            {place.end !== null && (
              <button type="button" class="link-button timeline-today" onClick={place.backToToday} data-testid="timeline-today">
                Back to today
              </button>
            )}
            <button
              type="button"
              class="icon-button"
              aria-label={`Earlier ${WINDOW_NAMES[place.zoom]}`}
              title={`Earlier ${WINDOW_NAMES[place.zoom]}`}
              disabled={!canGoBack(place.zoom, timeline, firstDay)}
              onClick={() => place.shift(-1)}
              data-testid="timeline-prev"
            >
              <ChevronLeftIcon />
            </button>
            <button
              type="button"
              class="icon-button"
              aria-label={`Later ${WINDOW_NAMES[place.zoom]}`}
              title={`Later ${WINDOW_NAMES[place.zoom]}`}
              disabled={!canGoForward(place.zoom, place.end)}
              onClick={() => place.shift(1)}
              data-testid="timeline-next"
            >
              <ChevronRightIcon />
            </button>
          </div>
        </div>
      </header>

      {problem && (
        <p class="timeline-problem" role="alert">
          {problem}
        </p>
      )}

      {timeline && (
        <div ref={chartBox} class="timeline-card" aria-busy={loading || undefined}>
          {hasRecords(timeline) ? (
            <TrendChart timeline={timeline} selected={chosenAt >= 0 ? chosenAt : null} onChoose={chooseAt} />
          ) : (
            <div class="timeline-empty" data-testid="timeline-empty">
              <p class="timeline-empty-title">Nothing recorded in these days yet.</p>
              <p class="page-meta">
                Rate trust in an entry, note a win, mark an agreement or log a trigger, and it will show here.
              </p>
            </div>
          )}
        </div>
      )}

      {chosen && details && (
        <Drilldown
          period={{ start: chosen.start, end: chosen.end }}
          title={details.title}
          summary={details.figures.join(', ')}
          onOpen={onOpen}
          onClose={closeDrilldown}
          onLocked={onLocked}
        />
      )}

      {progress && <ProgressPanel progress={progress} />}

      {timeline && hasRecords(timeline) && <FiguresTable timeline={timeline} onChoose={chooseAt} />}
    </div>
  );
}
