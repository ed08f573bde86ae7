// For tests: a small stand-in for the Rust side's progress commands, answering from memory,
// recording every call, and refusing on request the way the backend refuses.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { AgreementView } from '../bindings/AgreementView';
import type { Milestone } from '../bindings/Milestone';
import type { MilestoneDraft } from '../bindings/MilestoneDraft';
import type { Trigger } from '../bindings/Trigger';
import type { TriggerDraft } from '../bindings/TriggerDraft';
import type { Win } from '../bindings/Win';
import type { WinDraft } from '../bindings/WinDraft';
import { fakeEntryLists } from '../journal/fake-entry-lists';
import { weekStart } from './labels';

export type Call = { cmd: string; args: Record<string, unknown> };

export type FakeState = {
  wins: Win[];
  agreements: AgreementView[];
  triggers: Trigger[];
  milestones: Milestone[];
};

export function agreement(id: string, text: string, since: string, change: Partial<AgreementView> = {}): AgreementView {
  return {
    id,
    owner: 'ours',
    proposed_in: null,
    current: { text, cadence: 'daily', from: since },
    since,
    earlier: [],
    retired: null,
    marks: [],
    kept: 0,
    missed: 0,
    renegotiated: 0,
    keep_rate: null,
    ...change,
  };
}

function counted(view: AgreementView): AgreementView {
  const count = (keeping: string) => view.marks.filter((m) => m.keeping === keeping).length;
  const [kept, missed, renegotiated] = [count('kept'), count('missed'), count('renegotiated')];
  return { ...view, kept, missed, renegotiated, keep_rate: kept + missed ? kept / (kept + missed) : null };
}

/**
 * Answers the progress commands from `initial`; `refusals` maps a command to the message it
 * refuses with, once.
 */
export function fakeBackend(initial: Partial<FakeState> = {}, refusals: Record<string, string> = {}) {
  const state: FakeState = { wins: [], agreements: [], triggers: [], milestones: [], ...initial };
  const calls: Call[] = [];
  let next = 0;
  const id = () => `id-${(next += 1)}`;
  const now = '2026-11-26T20:00:00+01:00';
  const replace = <T extends { id: string }>(list: T[], record: T) => {
    const index = list.findIndex((r) => r.id === record.id);
    if (index >= 0) list[index] = record;
    else list.unshift(record);
    return record;
  };
  const changeAgreement = (agreementId: unknown, change: (view: AgreementView) => AgreementView) =>
    replace(state.agreements, counted(change(state.agreements.find((a) => a.id === agreementId)!)));

  const answers: Record<string, (args: Record<string, unknown>) => unknown> = {
    ...fakeEntryLists(() => []),
    vocabulary: () => ({ feelings: [], tags: [] }),
    calendar_month: () => [],
    on_this_day: () => [],
    save_win: ({ draft }) => {
      const d = draft as WinDraft;
      return replace(state.wins, { id: d.id ?? id(), day: d.day, created: now, text: d.text, kind: d.kind, from: d.from, entry: d.entry });
    },
    delete_win: ({ id: gone }) => {
      state.wins = state.wins.filter((w) => w.id !== gone);
    },
    wins_by_week: () => {
      const weeks = new Map<string, Win[]>();
      for (const win of state.wins) weeks.set(weekStart(win.day), [...(weeks.get(weekStart(win.day)) ?? []), win]);
      return [...weeks].sort(([a], [b]) => b.localeCompare(a)).map(([start, wins]) => ({ start, wins, counts: [] }));
    },
    agreements: () => ({ agreements: state.agreements, keep_rate: null }),
    add_agreement: ({ text, cadence, owner, since }) =>
      replace(
        state.agreements,
        agreement(id(), String(text), String(since), { owner: owner as never, current: { text: String(text), cadence: cadence as never, from: String(since) } }),
      ),
    mark_agreement: ({ id: which, day, keeping }) =>
      changeAgreement(which, (view) => {
        const kept = view.marks.find((m) => m.day === day && keeping === 'missed')?.note ?? null;
        return {
          ...view,
          marks: [...view.marks.filter((m) => m.day !== day), ...(keeping ? [{ day: String(day), keeping: keeping as never, note: kept }] : [])],
        };
      }),
    note_repair: ({ id: which, day, note }) =>
      changeAgreement(which, (view) => ({
        ...view,
        marks: view.marks.map((m) => (m.day === day ? { ...m, note: String(note).trim() || null } : m)),
      })),
    renegotiate_agreement: ({ id: which, text, cadence, day }) =>
      changeAgreement(which, (view) => ({
        ...view,
        earlier: [...view.earlier, view.current],
        current: { text: String(text), cadence: cadence as never, from: String(day) },
        marks: [...view.marks, { day: String(day), keeping: 'renegotiated', note: null }],
      })),
    retire_agreement: ({ id: which, day }) => changeAgreement(which, (view) => ({ ...view, retired: String(day) })),
    delete_agreement: ({ id: gone }) => {
      state.agreements = state.agreements.filter((a) => a.id !== gone);
    },
    save_trigger: ({ draft }) => {
      const d = draft as TriggerDraft;
      const { id: draftId, ...rest } = d;
      return replace(state.triggers, { ...rest, id: draftId ?? id(), created: now });
    },
    delete_trigger: ({ id: gone }) => {
      state.triggers = state.triggers.filter((t) => t.id !== gone);
    },
    triggers: () => state.triggers,
    trigger_patterns: () => ({ frequent: [], months: [] }),
    save_milestone: ({ draft }) => {
      const d = draft as MilestoneDraft;
      const { id: draftId, ...rest } = d;
      return replace(state.milestones, { ...rest, id: draftId ?? id(), created: now });
    },
    delete_milestone: ({ id: gone }) => {
      state.milestones = state.milestones.filter((m) => m.id !== gone);
    },
    milestones: () => state.milestones,
    letters: () => [],
    partner_key: () => null,
    role: () => 'unsaid',
  };

  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const refusal = refusals[cmd];
    if (refusal) {
      delete refusals[cmd];
      return Promise.reject({ kind: 'invalid_input', message: refusal });
    }
    return answers[cmd]?.(args) ?? null;
  });

  return { state, calls, called: (cmd: string) => calls.filter((c) => c.cmd === cmd) };
}
