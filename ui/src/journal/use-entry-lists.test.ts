import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../bindings/Entry';
import { RECENT_SHOWN } from './entry-list';
import { summaryOf, type Period } from './entry-lists';
import { fakeEntryLists } from './fake-entry-lists';
import { useEntryLists } from './use-entry-lists';

afterEach(() => clearMocks());

function entry(id: string, day: string): Entry {
  const stamp = `${day}T20:00:00+01:00`;
  return { id, day, created: stamp, updated: stamp, title: '', text: `Words of ${id}`, feelings: [], trust: null, tags: [], starred: false };
}

/** A month of entries, one a day from the 1st, with the Rust side's answers over them. */
function backend(count: number, { holdMonths = false } = {}) {
  const entries = Array.from({ length: count }, (_, i) => entry(`e${i}`, `2026-01-${String(i + 1).padStart(2, '0')}`));
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  const held: (() => void)[] = [];
  const lists = fakeEntryLists(() => entries.map(summaryOf));
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const answer = lists[cmd]?.(args);
    if (holdMonths && cmd === 'entries_in_month') return new Promise((resolve) => held.push(() => resolve(answer)));
    return answer;
  });
  const asked = (cmd: string, limit?: number) =>
    calls.filter((c) => c.cmd === cmd && (limit === undefined || c.args.limit === limit)).length;
  return { entries, asked, held };
}

const JANUARY: Period = { month: { year: 2026, month: 1 }, day: null };
const fail = (reason: unknown) => {
  throw reason;
};
const ids = (list: readonly { id: string }[] | null) => list?.map((e) => e.id);

describe('the lists the journal screen shows', () => {
  it('follows a save in every list in place, asking only for the count again', async () => {
    const { entries, asked } = backend(3);
    const { result } = renderHook(() => useEntryLists(JANUARY, fail));
    await waitFor(() => expect(ids(result.current.shown)).toEqual(['e2', 'e1', 'e0']));
    expect(ids(result.current.recent)).toEqual(['e2', 'e1', 'e0']);

    const moved = { ...entries[0]!, day: '2026-02-01', text: 'Moved on.' };
    entries[0] = moved;
    act(() => result.current.saved(moved));
    expect(ids(result.current.recent)).toEqual(['e0', 'e2', 'e1']);
    expect(result.current.recent![0]!.preview).toBe('Moved on.');
    expect(ids(result.current.shown)).toEqual(['e2', 'e1']);
    await waitFor(() => expect(result.current.extent).toEqual({ total: 3, since: '2026-01-02' }));
    expect(asked('recent_entries', RECENT_SHOWN)).toBe(1);
    expect(asked('entries_in_month')).toBe(1);
    expect(result.current.revision).toBe(1);
  });

  it('asks for the latest again only when a deletion leaves them short', async () => {
    const { entries, asked } = backend(RECENT_SHOWN + 1);
    const { result } = renderHook(() => useEntryLists(null, fail));
    await waitFor(() => expect(result.current.recent).toHaveLength(RECENT_SHOWN));
    entries.splice(RECENT_SHOWN, 1);
    act(() => result.current.deleted(`e${RECENT_SHOWN}`));
    await waitFor(() => expect(result.current.recent).toHaveLength(RECENT_SHOWN));
    expect(result.current.recent!.at(-1)!.id).toBe('e0');
    expect(asked('recent_entries', RECENT_SHOWN)).toBe(2);
  });

  it('applies a save that lands while a month is on its way to what arrives', async () => {
    const { held } = backend(2, { holdMonths: true });
    const { result } = renderHook(() => useEntryLists(JANUARY, fail));
    await waitFor(() => expect(held).toHaveLength(1));
    const added = entry('late', '2026-01-20');
    act(() => result.current.saved(added));
    // The answer was read before the save.
    act(() => held[0]!());
    await waitFor(() => expect(ids(result.current.shown)).toEqual(['late', 'e1', 'e0']));
  });
});
