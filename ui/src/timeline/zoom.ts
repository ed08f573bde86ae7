// Which stretch of the journey the timeline shows: the zoom, and where its window ends. Moving
// back or forward shifts the end by one whole window, so neighbouring windows meet without
// overlapping; the newest window always ends today.
import { addDays } from '../browse/calendar-grid';
import type { Timeline } from '../bindings/Timeline';
import type { Zoom } from '../bindings/Zoom';

export const ZOOMS: readonly { zoom: Zoom; label: string; span: string }[] = [
  { zoom: 'week', label: 'Week', span: 'the last 7 days, day by day' },
  { zoom: 'month', label: 'Month', span: 'the last 30 days, day by day' },
  { zoom: 'quarter', label: 'Quarter', span: 'the last 13 weeks, week by week' },
  { zoom: 'year', label: 'Year', span: 'the last 52 weeks, week by week' },
  { zoom: 'all', label: 'All', span: 'everything, month by month' },
];

/** How many days one window of a zoom covers; `all` has no window to move. */
export function windowDays(zoom: Zoom): number | null {
  switch (zoom) {
    case 'week':
      return 7;
    case 'month':
      return 30;
    case 'quarter':
      return 13 * 7;
    case 'year':
      return 52 * 7;
    case 'all':
      return null;
  }
}

/**
 * The end of the window before (-1) or after (1) the one ending on `end` (null for today).
 * Reaching today gives null again, so the view keeps following the days as they pass.
 */
export function shiftEnd(zoom: Zoom, end: string | null, direction: -1 | 1, today: string): string | null {
  const days = windowDays(zoom);
  if (days === null) return end;
  if (direction === 1 && end === null) return null;
  const moved = addDays(end ?? today, direction * days);
  return moved >= today ? null : moved;
}

export const canGoForward = (zoom: Zoom, end: string | null) => zoom !== 'all' && end !== null;

/** Whether anything was recorded before the window shown; `firstDay` is the journal's first day. */
export function canGoBack(zoom: Zoom, timeline: Timeline | null, firstDay: string | null): boolean {
  const start = timeline?.points[0]?.start;
  return zoom !== 'all' && firstDay !== null && start !== undefined && firstDay < start;
}
