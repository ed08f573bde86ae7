// The chart as a control: the panels drawn by uPlot, a tooltip that says the hovered point in
// words, and the keyboard: the chart takes focus, ← and → move between points, Home and End
// jump to the ends, Enter or Space open the days behind the point.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Timeline } from '../bindings/Timeline';
import type { PanelKey, Plot } from './plot-panels';
import { chartSeries } from './series';
import { kindLabel } from '../wins/kinds';
import { capitalised, describePoint, pointDetails } from './words';

type Props = {
  timeline: Timeline;
  /** The point whose days are open, if any. */
  selected: number | null;
  onChoose: (index: number) => void;
};

/** Bumps whenever the theme changes, so the canvas repaints in the new colours. */
function useThemeRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const observer = new MutationObserver(() => setRevision((n) => n + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return revision;
}

type Drawing = typeof import('./plot-panels');

/** The drawing code and uPlot, loaded with the first chart rather than with the app. */
function useDrawing(): Drawing | null {
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  useEffect(() => {
    let current = true;
    import('./plot-panels').then((loaded) => current && setDrawing(loaded));
    return () => {
      current = false;
    };
  }, []);
  return drawing;
}

const MIN_WIDTH = 280;
const TOOLTIP_WIDTH = 250;

export function TrendChart({ timeline, selected, onChoose }: Props) {
  const stack = useRef<HTMLDivElement>(null);
  const trust = useRef<HTMLDivElement>(null);
  const wins = useRef<HTMLDivElement>(null);
  const kept = useRef<HTMLDivElement>(null);
  const triggers = useRef<HTMLDivElement>(null);
  const plot = useRef<Plot | null>(null);
  const [active, setShown] = useState<number | null>(null);
  // Key presses can come faster than renders; each one moves on from the latest point.
  const latest = useRef<number | null>(null);
  const setActive = (index: number | null) => {
    latest.current = index;
    setShown(index);
  };
  const [spoken, setSpoken] = useState('');
  const theme = useThemeRevision();
  const drawing = useDrawing();
  const hintId = useId();
  const series = useMemo(() => chartSeries(timeline), [timeline]);
  const choose = useRef(onChoose);
  choose.current = onChoose;

  useLayoutEffect(() => {
    const targets: Record<PanelKey, HTMLElement | null> = {
      trust: trust.current,
      wins: wins.current,
      kept: kept.current,
      triggers: triggers.current,
    };
    if (!drawing || !stack.current || Object.values(targets).some((target) => target === null)) return;
    const width = Math.max(MIN_WIDTH, stack.current.clientWidth);
    const drawn = drawing.drawPlot(
      targets as Record<PanelKey, HTMLElement>,
      { series, starts: timeline.points.map((p) => p.start), step: timeline.step, kinds: timeline.kinds },
      width,
      { onHover: setActive, onChoose: (index) => choose.current(index) },
    );
    plot.current = drawn;
    setActive(null);
    return () => {
      drawn.destroy();
      plot.current = null;
    };
  }, [drawing, series, theme]);

  useEffect(() => plot.current?.select(selected), [drawing, selected, series, theme]);

  useEffect(() => {
    const box = stack.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => plot.current?.resize(Math.max(MIN_WIDTH, box.clientWidth)));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const last = timeline.points.length - 1;
  const moveTo = (index: number) => {
    const next = Math.min(last, Math.max(0, index));
    setActive(next);
    plot.current?.highlight(next);
    const point = timeline.points[next];
    if (point) setSpoken(describePoint(point, timeline));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (last < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    // The first arrow lands on the newest point, where the story is now.
    const current = latest.current;
    const step = (by: number) => moveTo(current === null ? last : current + by);
    const moves: Record<string, () => void> = {
      ArrowLeft: () => step(-1),
      ArrowRight: () => step(1),
      Home: () => moveTo(0),
      End: () => moveTo(last),
      Enter: () => current !== null && onChoose(current),
      ' ': () => current !== null && onChoose(current),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const point = active === null ? undefined : timeline.points[active];
  const details = point && pointDetails(point, timeline);
  const place = active === null ? null : plot.current?.placeOf(active) ?? null;
  const width = stack.current?.clientWidth ?? 0;
  const flip = place !== null && place + TOOLTIP_WIDTH + 16 > width;

  return (
    <div
      class="timeline-chart"
      data-testid="timeline-chart"
      tabIndex={0}
      role="group"
      aria-roledescription="chart"
      aria-label="Trust, wins, agreements and triggers over time"
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
      onBlur={() => {
        setActive(null);
        plot.current?.highlight(null);
      }}
    >
      <p id={hintId} class="visually-hidden">
        Use the left and right arrow keys to move between points, and Enter to see the days behind
        one. The figures are also in the table below the chart.
      </p>
      <div class="chart-stack" ref={stack}>
        <div class="chart-caption">
          <span class="chart-name">Trust</span>
          <span class="chart-key">
            <span class="key-line key-daily" aria-hidden="true" />
            {timeline.step === 'day' ? 'each day' : timeline.step === 'week' ? 'each week' : 'each month'}
            <span class="key-line key-average" aria-hidden="true" />
            rolling average
            {timeline.milestones.length > 0 && (
              <>
                <span class="key-diamond" aria-hidden="true" />
                milestones
              </>
            )}
          </span>
        </div>
        <div ref={trust} class="chart-panel" />
        <div class="chart-caption">
          <span class="chart-name">Wins</span>
          <ul class="chart-legend" aria-label="Kinds of win">
            {timeline.kinds.map((kind) => (
              <li key={kind} class={`kind-${kind}`}>
                <span class="key-swatch" aria-hidden="true" />
                {kindLabel(kind)}
              </li>
            ))}
          </ul>
        </div>
        <div ref={wins} class="chart-panel" />
        <div class="chart-caption">
          <span class="chart-name">Agreements kept</span>
        </div>
        <div ref={kept} class="chart-panel" />
        <div class="chart-caption">
          <span class="chart-name">Triggers</span>
          <span class="chart-key">intensity 1 to 5; a larger dot, more triggers</span>
        </div>
        <div ref={triggers} class="chart-panel" />
        {details && place !== null && (
          <div
            class="chart-tooltip"
            data-testid="timeline-tooltip"
            data-flip={flip || undefined}
            style={{ left: `${flip ? place - TOOLTIP_WIDTH - 12 : place + 12}px` }}
            aria-hidden="true"
          >
            <p class="chart-tooltip-title">{details.title}</p>
            {details.figures.map((figure) => (
              <p key={figure}>{capitalised(figure)}</p>
            ))}
            {details.milestones.map((name) => (
              <p key={name} class="chart-tooltip-milestone">
                {name}
              </p>
            ))}
            <p class="chart-tooltip-hint">Click to see these days</p>
          </div>
        )}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
