// The chart itself, drawn by uPlot on canvas: four small panels that share the time axis (trust,
// wins, agreements kept, triggers), one above the other, with their cursors tied together so a
// point is one column across all of them. Colours come from chart-colours.css and, for the
// kinds of win, wins.css, read when the panels are built; a change of theme builds them again.
import './valid-locale';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Step } from '../bindings/Step';
import type { WinKind } from '../bindings/WinKind';
import { axisLabel, axisTicks, winsTop, type ChartSeries } from './series';
import { milestoneName } from '../milestones/milestone-kinds';
import { painted } from '../perf/marks';

export type PanelKey = 'trust' | 'wins' | 'kept' | 'triggers';
const PANEL_KEYS: readonly PanelKey[] = ['trust', 'wins', 'kept', 'triggers'];

export type PlotInput = {
  series: ChartSeries;
  starts: readonly string[];
  step: Step;
  kinds: readonly WinKind[];
};

export type PlotEvents = {
  /** The point under the pointer, or null when it leaves. */
  onHover: (index: number | null) => void;
  onChoose: (index: number) => void;
};

export type Plot = {
  resize: (width: number) => void;
  /** Moves the cursor to a point, as the keyboard does, or hides it. */
  highlight: (index: number | null) => void;
  /** Marks the point whose days are open below the chart. */
  select: (index: number | null) => void;
  /** Where a point sits, in CSS pixels from the panels' left edge. */
  placeOf: (index: number) => number;
  destroy: () => void;
};

/** Room for the values of every y axis, the same for all so the plots line up. */
const Y_AXIS_WIDTH = 38;
const RIGHT_GAP = 14;
const X_AXIS_HEIGHT = 30;
/** Above the trust plot, where milestones hang their marks and names. */
const MILESTONE_ROOM = 26;
const FONT_FAMILY = '"Inter Variable", Inter, system-ui, sans-serif';
const AXIS_FONT = `12px ${FONT_FAMILY}`;
const LABEL_FONT = `500 11px ${FONT_FAMILY}`;

/** Panel heights for a chart `width` pixels wide: trust gets the most room. */
function panelHeights(width: number): Record<PanelKey, number> {
  return {
    trust: Math.round(Math.min(230, Math.max(150, width * 0.27))) + MILESTONE_ROOM,
    wins: width < 600 ? 84 : 100,
    kept: 60,
    triggers: 60 + X_AXIS_HEIGHT,
  };
}

type Colours = {
  axis: string;
  grid: string;
  trust: string;
  average: string;
  keep: string;
  keepFill: string;
  trigger: string;
  milestone: string;
  selected: string;
  wins: string[];
};

function readColours(kinds: readonly WinKind[]): Colours {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return {
    axis: read('--chart-axis'),
    grid: read('--chart-grid'),
    trust: read('--chart-trust'),
    average: read('--chart-average'),
    keep: read('--chart-keep'),
    keepFill: read('--chart-keep-fill'),
    trigger: read('--chart-trigger'),
    milestone: read('--chart-milestone'),
    selected: read('--chart-selected'),
    wins: kinds.map((kind) => read(`--kind-${kind}`)),
  };
}

export function drawPlot(targets: Record<PanelKey, HTMLElement>, input: PlotInput, width: number, events: PlotEvents): Plot {
  const { series, starts, step, kinds } = input;
  const count = series.x.length;
  const colours = readColours(kinds);
  const heights = panelHeights(width);
  const sync = uPlot.sync(`timeline-${Math.random().toString(36).slice(2)}`);
  let selected: number | null = null;
  let hovered: number | null = null;

  const ratio = () => uPlot.pxRatio;
  const xScale: uPlot.Scale = { time: false, range: () => [-0.5, Math.max(0, count - 1) + 0.5] };
  const hiddenX: uPlot.Axis = { show: false };
  const yAxis = (splits: number[], label: (value: number) => string): uPlot.Axis => ({
    size: Y_AXIS_WIDTH,
    gap: 6,
    font: AXIS_FONT,
    stroke: colours.axis,
    splits: () => splits,
    values: (_, values) => values.map(label),
    grid: { stroke: colours.grid, width: 1 },
    ticks: { show: false },
    border: { show: false },
  });
  const cursor = (points: boolean): uPlot.Cursor => ({
    sync: { key: sync.key },
    y: false,
    drag: { x: false, y: false, setScale: false },
    points: { show: points, size: 9, width: 2, fill: colours.average },
  });

  // A soft column behind the chosen point, in every panel.
  const markSelected = (u: uPlot) => {
    if (selected === null) return;
    const left = u.valToPos(selected - 0.5, 'x', true);
    const right = u.valToPos(selected + 0.5, 'x', true);
    u.ctx.save();
    u.ctx.fillStyle = colours.selected;
    u.ctx.fillRect(left, u.bbox.top, right - left, u.bbox.height);
    u.ctx.restore();
  };

  // Sessions can come weekly; when marks crowd, they stay small dots on the line of marks and
  // only the landmarks (disclosure, apology, anniversaries, your own) get a guide and a name.
  const crowded = series.milestones.length > 16;
  const drawMilestones = (u: uPlot) => {
    const { ctx, bbox } = u;
    const px = ratio();
    const top = bbox.top - MILESTONE_ROOM * px + 9 * px;
    let labelEnd = -Infinity;
    ctx.save();
    ctx.font = LABEL_FONT.replace('11px', `${11 * px}px`);
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.strokeStyle = colours.milestone;
    ctx.fillStyle = colours.milestone;
    ctx.lineWidth = px;
    const places = series.milestones.map(({ x }) => Math.round(u.valToPos(x, 'x', true)) + 0.5);
    // A name must not cover another mark, nor run into the name before it.
    const free = (from: number, to: number, own: number) =>
      from > labelEnd + 8 * px && places.every((place) => place === own || place < from - 6 * px || place > to + 6 * px);
    series.milestones.forEach(({ marker }, index) => {
      const at = places[index]!;
      const landmark = !crowded || !marker.kind.endsWith('_session');
      if (landmark) {
        ctx.globalAlpha = 0.45;
        ctx.setLineDash([3 * px, 3 * px]);
        ctx.beginPath();
        ctx.moveTo(at, top + 5 * px);
        ctx.lineTo(at, bbox.top + bbox.height);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.globalAlpha = landmark ? 1 : 0.55;
      const size = (landmark ? 4.5 : 3) * px;
      ctx.beginPath();
      ctx.moveTo(at, top - size);
      ctx.lineTo(at + size, top);
      ctx.lineTo(at, top + size);
      ctx.lineTo(at - size, top);
      ctx.closePath();
      ctx.fill();
      ctx.globalAlpha = 1;
      if (!landmark) return;
      // The name goes after the mark, or before it near the plot's right edge.
      const name = milestoneName(marker);
      const width = ctx.measureText(name).width;
      const gap = size + 4 * px;
      const start = at + gap + width <= bbox.left + bbox.width ? at + gap : at - gap - width;
      if (start >= bbox.left && free(start, start + width, at)) {
        ctx.fillText(name, start, top);
        labelEnd = Math.max(start + width, at + size);
      } else {
        labelEnd = Math.max(labelEnd, at + size);
      }
    });
    ctx.restore();
  };

  const drawTriggers = (u: uPlot) => {
    const { ctx } = u;
    const px = ratio();
    ctx.save();
    ctx.fillStyle = colours.trigger;
    ctx.globalAlpha = 0.85;
    // More triggers, a larger dot; never so large that neighbours run together.
    const spacing = u.bbox.width / Math.max(1, count);
    const largest = Math.max(2.5 * px, spacing * 0.42);
    series.intensity.forEach((intensity, at) => {
      if (intensity === null) return;
      const radius = Math.min(largest, (2.5 + 1.1 * Math.min(series.triggers[at] ?? 1, 6)) * px);
      ctx.beginPath();
      ctx.arc(u.valToPos(at, 'x', true), u.valToPos(intensity, 'y', true), radius, 0, 2 * Math.PI);
      ctx.fill();
    });
    ctx.restore();
  };

  const report = (u: uPlot) => {
    const index = u.cursor.idx ?? null;
    if (index === hovered) return;
    hovered = index;
    events.onHover(index);
  };

  const common = (key: PanelKey, top: number, bottomAxis: boolean) => ({
    width,
    height: heights[key],
    padding: [top, RIGHT_GAP, bottomAxis ? 0 : 6, 0] as uPlot.Padding,
    legend: { show: false },
    scales: { x: xScale },
    hooks: { drawAxes: [markSelected], setCursor: [report] },
  });

  const xAxis: uPlot.Axis = {
    size: X_AXIS_HEIGHT,
    font: AXIS_FONT,
    stroke: colours.axis,
    gap: 4,
    splits: (u) => axisTicks(starts, step, u.bbox.width / ratio(), step === 'month' ? 44 : 56),
    values: (_, ticks) => ticks.map((at) => (starts[at] ? axisLabel(starts[at]!, step, count) : '')),
    grid: { show: false },
    ticks: { show: true, size: 4, stroke: colours.grid, width: 1 },
    border: { show: false },
  };

  const bars = uPlot.paths.bars!({ size: [0.62, 26, 2], align: 0 });
  const spline = uPlot.paths.spline!();
  const showPoints = count <= 60;
  // uPlot draws just after the panels are built, the last panel last: the time until then is
  // what drawing the chart costs, shown in the developer tools' performance panel.
  const started = performance.now();
  let measured = false;
  const measureFirstDraw = () => {
    if (measured) return;
    measured = true;
    performance.measure('timeline-draw', { start: started, end: performance.now() });
    painted('timeline-shown');
    painted('zoom-shown');
  };

  const trust = new uPlot(
    {
      ...common('trust', MILESTONE_ROOM, false),
      hooks: { drawAxes: [markSelected], setCursor: [report], draw: [drawMilestones] },
      cursor: cursor(true),
      scales: { x: xScale, y: { range: [0.5, 10.5] } },
      axes: [hiddenX, yAxis([1, 4, 7, 10], String)],
      series: [
        {},
        {
          label: 'Trust',
          stroke: colours.trust,
          width: 1.5,
          spanGaps: true,
          points: { show: showPoints, size: 5, fill: colours.trust, stroke: colours.trust },
        },
        { label: 'Average', stroke: colours.average, width: 3, spanGaps: true, paths: spline, points: { show: false } },
      ],
    },
    [series.x, series.trust, series.average] as uPlot.AlignedData,
    targets.trust,
  );

  const winTop = winsTop(Math.max(0, ...series.winTotals));
  // Each kind's bar reaches the top of its stack; the tallest is drawn first, each shorter one
  // over it, so every kind shows as its own band.
  const stackOrder = kinds.map((_, k) => k).reverse();
  const wins = new uPlot(
    {
      ...common('wins', 6, false),
      cursor: cursor(false),
      scales: { x: xScale, y: { range: [0, winTop] } },
      axes: [hiddenX, yAxis([0, winTop / 2, winTop], String)],
      series: [
        {},
        ...stackOrder.map((k) => ({
          label: kinds[k],
          fill: colours.wins[k],
          stroke: colours.wins[k],
          width: 0,
          paths: bars,
          points: { show: false },
        })),
      ],
    },
    [series.x, ...stackOrder.map((k) => series.winStacks[k]!)] as uPlot.AlignedData,
    targets.wins,
  );

  const kept = new uPlot(
    {
      ...common('kept', 6, false),
      cursor: cursor(false),
      scales: { x: xScale, y: { range: [0, 100] } },
      axes: [hiddenX, yAxis([0, 50, 100], (value) => `${value}%`)],
      series: [
        {},
        {
          label: 'Kept',
          stroke: colours.keep,
          fill: colours.keepFill,
          width: 1.5,
          points: { show: showPoints, size: 4, fill: colours.keep, stroke: colours.keep },
        },
      ],
    },
    [series.x, series.keepRate] as uPlot.AlignedData,
    targets.kept,
  );

  const triggers = new uPlot(
    {
      ...common('triggers', 8, true),
      hooks: { drawAxes: [markSelected], setCursor: [report], draw: [drawTriggers, measureFirstDraw] },
      cursor: cursor(false),
      scales: { x: xScale, y: { range: [0.5, 5.5] } },
      axes: [xAxis, yAxis([1, 3, 5], String)],
      series: [{}, { label: 'Intensity', stroke: colours.trigger, paths: () => null, points: { show: false } }],
    },
    [series.x, series.intensity] as uPlot.AlignedData,
    targets.triggers,
  );

  const panels = [trust, wins, kept, triggers];
  const choose = (u: uPlot) => () => {
    if (u.cursor.idx !== null && u.cursor.idx !== undefined) events.onChoose(u.cursor.idx);
  };
  const listeners = panels.map((u) => {
    const listener = choose(u);
    u.over.addEventListener('click', listener);
    return listener;
  });

  return {
    resize(next) {
      const sized = panelHeights(next);
      PANEL_KEYS.forEach((key, at) => panels[at]!.setSize({ width: next, height: sized[key] }));
    },
    highlight(index) {
      const left = index === null ? -10 : trust.valToPos(index, 'x');
      trust.setCursor({ left, top: trust.bbox.height / ratio() / 2 });
    },
    select(index) {
      selected = index;
      panels.forEach((u) => u.redraw(false));
    },
    placeOf(index) {
      return trust.bbox.left / ratio() + trust.valToPos(index, 'x');
    },
    destroy() {
      panels.forEach((u, at) => {
        u.over.removeEventListener('click', listeners[at]!);
        u.destroy();
      });
    },
  };
}
