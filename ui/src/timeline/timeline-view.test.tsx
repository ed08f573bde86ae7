// @vitest-environment jsdom
// uPlot measures and draws through APIs only jsdom provides closely enough.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DayRecords } from '../bindings/DayRecords';
import type { Progress } from '../bindings/Progress';
import type { Timeline } from '../bindings/Timeline';
import { addDays } from '../browse/calendar-grid';
import { localDay } from '../journal/dates';
import { weeks } from './fixtures';
import type { PlotEvents } from './plot-panels';
import { useTimelinePlace } from './timeline-place';
import { TimelineView } from './timeline-view';

// The canvas is uPlot's; here the panels are stood in for, and the test plays the pointer.
const plot = vi.hoisted(() => ({ events: null as PlotEvents | null, highlighted: [] as (number | null)[] }));
vi.mock('./plot-panels', () => ({
  drawPlot: (_targets: unknown, _input: unknown, _width: number, events: PlotEvents) => {
    plot.events = events;
    return {
      resize: () => undefined,
      highlight: (index: number | null) => plot.highlighted.push(index),
      select: () => undefined,
      placeOf: (index: number) => index * 40,
      destroy: () => undefined,
    };
  },
}));

afterEach(() => {
  clearMocks();
  plot.events = null;
  plot.highlighted = [];
});

const STRETCH = {
  trust: null,
  rated_days: 0,
  wins_per_week: 0,
  keep_rate: null,
  triggers: 0,
  trigger_intensity: null,
  settled_minutes: null,
};

const HARDER: Progress = {
  first: { ...STRETCH, start: '2025-01-03', end: '2025-02-01', trust: 5.3, rated_days: 20 },
  last: { ...STRETCH, start: '2025-10-28', end: '2025-11-26', trust: 4.1, rated_days: 22 },
  comparable: true,
};

const RECORDS: DayRecords = {
  start: '2025-11-03',
  end: '2025-11-09',
  entries: [
    {
      id: 'entry-1',
      day: '2025-11-05',
      created: '2025-11-05T21:00:00Z',
      updated: '2025-11-05T21:00:00Z',
      title: 'After the session',
      preview: 'We talked on the way home.',
      words: 6,
      feelings: ['hopeful'],
      trust: 7,
      tags: [],
      starred: false,
    },
  ],
  wins: [
    { id: 'w1', day: '2025-11-06', created: '', text: 'Walked the long way home', kind: 'quality_time', from: 'us', entry: null },
  ],
  agreement_days: [
    { agreement: 'a1', text: 'Phones face up at dinner', day: '2025-11-07', keeping: 'missed' },
    { agreement: 'a1', text: 'Phones face up at dinner', day: '2025-11-06', keeping: 'kept' },
  ],
  triggers: [
    { id: 't1', day: '2025-11-04', created: '', what: 'A late message', intensity: 2, helped: 'Asking', settled_minutes: 20 },
  ],
  milestones: [{ id: 'm1', day: '2025-11-05', created: '', kind: 'couples_session', title: '', note: '' }],
};

type Backend = { timeline?: Timeline; progress?: Progress; lockedTimeline?: boolean };

function backend({ timeline = weeks(), progress = HARDER, lockedTimeline = false }: Backend = {}) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    switch (cmd) {
      case 'timeline':
        if (lockedTimeline) return Promise.reject({ kind: 'locked', message: 'The journal is locked.' });
        return { ...timeline, zoom: payload.zoom };
      case 'progress':
        return progress;
      case 'records_between':
        return { ...RECORDS, start: payload.start, end: payload.end };
      default:
        return null;
    }
  });
  return calls;
}

function Harness(props: { onOpen?: (id: string) => void; onLocked?: (reason: unknown) => void }) {
  const place = useTimelinePlace();
  return (
    <TimelineView
      place={place}
      onOpen={props.onOpen ?? (() => undefined)}
      onSummary={() => undefined}
      onLocked={props.onLocked ?? (() => undefined)}
    />
  );
}

const timelineCalls = (calls: ReturnType<typeof backend>) => calls.filter((c) => c.cmd === 'timeline').map((c) => c.args);

describe('TimelineView', () => {
  it('opens on the quarter up to today and lists every point’s figures', async () => {
    const calls = backend();
    render(<Harness />);
    const rows = await screen.findAllByTestId('timeline-point');
    expect(timelineCalls(calls)).toEqual([{ zoom: 'quarter', end: null }]);
    expect(screen.getByTestId('zoom-quarter').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('zoom-year').getAttribute('aria-pressed')).toBe('false');
    expect(rows).toHaveLength(3);
    const last = rows[2]!;
    expect(last.dataset).toMatchObject({ start: '2025-11-03', trust: '6.4', wins: '5', keepRate: '86', triggers: '1' });
    expect(rows[1]!.dataset).toMatchObject({ trust: '', wins: '0', keepRate: '', triggers: '0' });
    expect(screen.getByTestId('timeline-chart')).toBeTruthy();
  });

  it('changes zoom, and moves a window back and forward again', async () => {
    const calls = backend();
    render(<Harness />);
    await screen.findAllByTestId('timeline-point');
    const next = screen.getByTestId('timeline-next') as HTMLButtonElement;
    const prev = screen.getByTestId('timeline-prev') as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    await waitFor(() => expect(prev.disabled).toBe(false));

    fireEvent.click(prev);
    const back = addDays(localDay(), -91);
    await waitFor(() => expect(timelineCalls(calls).at(-1)).toEqual({ zoom: 'quarter', end: back }));
    await waitFor(() => expect(next.disabled).toBe(false));
    expect(screen.getByTestId('timeline-today')).toBeTruthy();

    fireEvent.click(screen.getByTestId('zoom-year'));
    await waitFor(() => expect(timelineCalls(calls).at(-1)).toEqual({ zoom: 'year', end: back }));
    expect(screen.getByTestId('zoom-year').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(next);
    await waitFor(() => expect(timelineCalls(calls).at(-1)).toEqual({ zoom: 'year', end: null }));
    expect(screen.queryByTestId('timeline-today')).toBeNull();

    fireEvent.click(screen.getByTestId('zoom-all'));
    await waitFor(() => expect(timelineCalls(calls).at(-1)).toEqual({ zoom: 'all', end: null }));
    expect(prev.disabled).toBe(true);
  });

  it('drills down into the days behind a point and opens an entry from there', async () => {
    const calls = backend();
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    const rows = await screen.findAllByTestId('timeline-point');
    fireEvent.click(rows[2]!.querySelector('button')!);

    const panel = await screen.findByTestId('timeline-drilldown');
    expect(calls.find((c) => c.cmd === 'records_between')?.args).toEqual({ start: '2025-11-03', end: '2025-11-09' });
    expect(panel.textContent).toContain('Trust 6.4 (avg 6.1), 5 wins');
    await screen.findByTestId('drilldown-wins');
    expect(screen.getByTestId('drilldown-wins').textContent).toContain('Walked the long way home');
    expect(screen.getByTestId('drilldown-agreements').textContent).toContain('kept 1 of 2');
    expect(screen.getByTestId('drilldown-triggers').textContent).toContain('intensity 2 of 5');
    expect(screen.getByTestId('drilldown-milestones').textContent).toContain('Couples session');

    fireEvent.click(screen.getByTestId('drilldown-entry'));
    expect(onOpen).toHaveBeenCalledWith('entry-1');

    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByTestId('timeline-drilldown')).toBeNull();
  });

  it('moves through the points with the keyboard and opens one with Enter', async () => {
    backend();
    render(<Harness />);
    const chart = await screen.findByTestId('timeline-chart');
    await waitFor(() => expect(plot.events).not.toBeNull());
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(plot.highlighted.at(-1)).toBe(2);
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(plot.highlighted.at(-1)).toBe(0);
    expect(chart.textContent).toContain('Week of 20 October 2025: trust 5 (avg 5)');
    fireEvent.keyDown(chart, { key: 'End' });
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect((await screen.findByTestId('timeline-drilldown')).textContent).toContain('Week of 3 November 2025');
  });

  it('explains the hovered point in words and drills down on a click', async () => {
    backend();
    render(<Harness />);
    await screen.findByTestId('timeline-chart');
    await waitFor(() => expect(plot.events).not.toBeNull());
    act(() => plot.events!.onHover(2));
    const tooltip = screen.getByTestId('timeline-tooltip');
    expect(tooltip.textContent).toContain('Week of 3 November 2025');
    expect(tooltip.textContent).toContain('5 wins (2 communication, 2 quality time, 1 empathy)');
    expect(tooltip.textContent).toContain('Kept 6 of 7');
    expect(tooltip.textContent).toContain('Couples session');
    act(() => plot.events!.onHover(null));
    expect(screen.queryByTestId('timeline-tooltip')).toBeNull();
    act(() => plot.events!.onChoose(0));
    expect(await screen.findByTestId('timeline-drilldown')).toBeTruthy();
  });

  it('says kindly when things got harder', async () => {
    backend();
    render(<Harness />);
    const panel = await screen.findByTestId('progress-panel');
    await waitFor(() => expect(screen.getByTestId('progress-trust').dataset.tone).toBe('harder'));
    expect(panel.textContent).toContain('Hard stretches are part of this; it may help to bring it to your next session.');
  });

  it('waits two months before comparing', async () => {
    backend({ progress: { ...HARDER, first: { ...HARDER.first, start: localDay() }, comparable: false } });
    render(<Harness />);
    const lead = await screen.findByTestId('progress-lead');
    expect(lead.textContent).toBe("After two months you'll see how far you've come here.");
    expect(screen.queryByTestId('progress-trust')).toBeNull();
  });

  it('shows a quiet note instead of an empty chart', async () => {
    const empty = weeks();
    empty.points = empty.points.map((p) => ({ ...p, trust: null, rated_days: 0, wins: p.wins.map(() => 0), kept: 0, missed: 0, triggers: 0 }));
    empty.milestones = [];
    backend({ timeline: empty });
    render(<Harness />);
    expect(await screen.findByTestId('timeline-empty')).toBeTruthy();
    expect(screen.queryByTestId('timeline-chart')).toBeNull();
  });

  it('hands a locked journal back to the screen', async () => {
    backend({ lockedTimeline: true });
    const onLocked = vi.fn();
    render(<Harness onLocked={onLocked} />);
    await waitFor(() => expect(onLocked).toHaveBeenCalled());
  });
});
