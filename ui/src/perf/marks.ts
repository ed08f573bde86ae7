// The waits a person notices, timed inside the page so a bench driving the real window
// (tests/bench/window) can read them with `performance.getEntriesByType('measure')`. A mark is a
// timestamp in the page's own timeline: cheap enough to stay on in every build, and nothing the
// person sees changes. Each wait keeps only its latest measure, so a long day never piles them up.

/** Something that starts a wait: mostly what the person did, and the autosave sending a change. */
export type Moment =
  | 'unlock-pressed'
  | 'entry-typed'
  | 'entry-sent'
  | 'search-typed'
  | 'journal-chosen'
  | 'timeline-chosen'
  | 'zoom-chosen';

/** Each wait, and the moment it runs from. */
const WAITS = {
  /** Today's editor on screen after the unlock button was pressed. */
  'unlock-today': 'unlock-pressed',
  /** The sidebar's recent entries on screen after the unlock button was pressed. */
  'unlock-entries': 'unlock-pressed',
  /** "Saved" on screen after the last keystroke in the editor. */
  'save-status': 'entry-typed',
  /** The sidebar's entries redrawn after the last keystroke in the editor. */
  'save-entries': 'entry-typed',
  /** Results on screen after a keystroke in the search field. */
  search: 'search-typed',
  /** The month's days coloured after the Journal was chosen in the sidebar. */
  'journal-calendar': 'journal-chosen',
  /** The chart drawn, or the words saying its days hold nothing, after the Timeline was chosen. */
  'timeline-shown': 'timeline-chosen',
  /** The chart drawn, or the words saying its days hold nothing, after a zoom button was pressed. */
  'zoom-shown': 'zoom-chosen',
} as const satisfies Record<string, Moment>;

export type Wait = keyof typeof WAITS;

/** For each wait, the moment it was last measured from: one measure per moment. */
const measuredFrom = new Map<Wait, number>();

/** Notes that a moment happened now, replacing its earlier mark. */
export function moment(name: Moment): void {
  performance.clearMarks(name);
  performance.mark(name);
}

/**
 * What the person waited for is in the page, or will be once Preact has rendered the state just
 * set (it renders in a microtask): the wait ends when the next frame begins, before which both
 * have happened. Only the first call after each moment counts.
 */
export function painted(wait: Wait): void {
  const [since] = performance.getEntriesByName(WAITS[wait], 'mark');
  if (!since || measuredFrom.get(wait) === since.startTime) return;
  measuredFrom.set(wait, since.startTime);
  requestAnimationFrame(() => {
    performance.clearMeasures(wait);
    performance.measure(wait, { start: since.startTime, end: performance.now() });
  });
}
