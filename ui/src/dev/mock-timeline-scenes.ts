// Development only: query flags that open the Timeline once the journal is open, for
// screenshots and for timing the chart.
//
//   view=timeline      open the Timeline
//   zoom=week|month|quarter|year|all   choose the zoom
//   back=N             go N windows back
//   point=N            move the chart's highlight to the Nth point from the newest (1 = newest),
//                      as the keyboard does, which shows its tooltip
//   drill=N            open the days behind the Nth point from the newest
//   figures=1          unfold the table of figures
//   scroll=drilldown|progress|figures   scroll that part into view
//   drawTimes=N        draw the year and all zooms N times each and log how long each took
import { byTestId, element, settle } from './mock-page';

const query = new URLSearchParams(location.search);

const SCROLL_TARGETS: Record<string, string> = {
  drilldown: 'timeline-drilldown',
  progress: 'progress-panel',
  figures: 'timeline-table',
};

/** Waits for the chart to finish drawing after `act`, and returns how long the draw took. */
async function timedDraw(act: () => void): Promise<number> {
  performance.clearMeasures('timeline-draw');
  act();
  for (let waited = 0; waited < 5000; waited += 10) {
    const [measure] = performance.getEntriesByName('timeline-draw');
    if (measure) return measure.duration;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The chart did not draw.');
}

async function drawTimes(rounds: number) {
  const times: Record<string, number[]> = { year: [], all: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const zoom of ['year', 'all']) {
      const button = await byTestId(`zoom-${zoom}`);
      times[zoom]!.push(await timedDraw(() => button.click()));
      await settle();
    }
  }
  const points = document.querySelectorAll('[data-testid="timeline-point"]').length;
  for (const [zoom, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.info(
      `timeline draw ${zoom}: median ${median.toFixed(1)} ms, min ${sorted[0]?.toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms over ${list.length} draws`,
    );
  }
  console.info(`timeline draw: the last zoom drawn has ${points} points`);
}

async function setScene() {
  if (query.get('view') !== 'timeline') return;
  (await byTestId('nav-timeline')).click();
  await byTestId('timeline-view');
  const zoom = query.get('zoom');
  if (zoom) (await byTestId(`zoom-${zoom}`)).click();
  await element('[data-testid="timeline-chart"], [data-testid="timeline-empty"]');
  await settle();
  for (let step = 0; step < Number(query.get('back') ?? 0); step += 1) {
    (await byTestId('timeline-prev')).click();
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const rounds = Number(query.get('drawTimes') ?? 0);
  if (rounds > 0) await drawTimes(rounds);
  if (query.get('figures') === '1') (document.querySelector('.timeline-figures') as HTMLDetailsElement).open = true;
  const drill = Number(query.get('drill') ?? 0);
  if (drill > 0) {
    const rows = document.querySelectorAll<HTMLElement>('[data-testid="timeline-point"] button');
    rows[rows.length - drill]?.click();
    await byTestId('timeline-drilldown');
    // The records behind the point arrive a moment later.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const point = Number(query.get('point') ?? 0);
  if (point > 0) {
    const chart = await byTestId('timeline-chart');
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    for (let step = 1; step < point; step += 1) {
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    }
    await settle();
  }
  const scroll = SCROLL_TARGETS[query.get('scroll') ?? ''];
  if (scroll) (await byTestId(scroll)).scrollIntoView({ block: 'start' });
}

if (query.get('state') === 'unlocked') {
  setScene().catch((reason: unknown) => console.warn('mock timeline scene:', reason));
}
