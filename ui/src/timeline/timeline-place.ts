// Where the person is on the timeline: the zoom, where its window ends, and the point whose days
// are open. It lives with the journal screen, so opening an entry from the drill-down and coming
// back finds the timeline as it was left; a lock's reload drops it with the rest.
import { useMemo, useState } from 'preact/hooks';
import type { Zoom } from '../bindings/Zoom';
import { localDay } from '../journal/dates';
import { shiftEnd } from './zoom';

/** A period of the timeline, as its first and last day. */
export type Period = { start: string; end: string };

export type TimelinePlaceState = {
  zoom: Zoom;
  /** The last day of the window; null follows today. */
  end: string | null;
  /** The point whose days are open below the chart. */
  chosen: Period | null;
};

export type TimelinePlace = TimelinePlaceState & {
  setZoom: (zoom: Zoom) => void;
  /** One window back (-1) or forward (1). */
  shift: (direction: -1 | 1) => void;
  backToToday: () => void;
  choose: (period: Period | null) => void;
};

export const INITIAL_PLACE: TimelinePlaceState = { zoom: 'quarter', end: null, chosen: null };

export function useTimelinePlace(): TimelinePlace {
  const [state, setState] = useState<TimelinePlaceState>(INITIAL_PLACE);
  const actions = useMemo(
    () => ({
      setZoom: (zoom: Zoom) => setState((was) => ({ ...was, zoom, end: zoom === 'all' ? null : was.end, chosen: null })),
      shift: (direction: -1 | 1) =>
        setState((was) => ({ ...was, end: shiftEnd(was.zoom, was.end, direction, localDay()), chosen: null })),
      backToToday: () => setState((was) => ({ ...was, end: null, chosen: null })),
      choose: (chosen: Period | null) => setState((was) => ({ ...was, chosen })),
    }),
    [],
  );
  return { ...state, ...actions };
}
