import { describe, expect, it } from 'vitest';
import type { CommandError } from '../bindings/CommandError';
import { lockAndReload, type LockTrigger } from './lock';

const DISK_FULL: CommandError = { kind: 'storage', message: 'The disk is full.' };
const TITLE_TOO_LONG: CommandError = {
  kind: 'invalid_input',
  message: 'A title can be up to 200 characters; this one has 240. Move the rest into the entry.',
};

type Row = {
  trigger: LockTrigger;
  what: string;
  save: CommandError | null;
  keep: CommandError | null;
  steps: string[];
  staysOpen: boolean;
};

/** Runs a lock where the save and the draft succeed or fail as told; records what happened. */
async function run({ trigger, save, keep }: Pick<Row, 'trigger' | 'save' | 'keep'>) {
  const steps: string[] = [];
  const outcome = await lockAndReload({
    trigger,
    flush: async () => {
      steps.push('save');
      if (save) throw save;
    },
    keepDraft: async () => {
      steps.push('keep');
      if (keep) throw keep;
    },
    lock: async () => void steps.push('lock'),
    reload: () => void steps.push('reload'),
  }).then(
    () => null,
    (reason: CommandError) => reason,
  );
  return { steps, refusal: outcome };
}

describe('lockAndReload', () => {
  const SAVED = ['save', 'lock', 'reload'];
  const KEPT = ['save', 'keep', 'lock', 'reload'];
  const table: Row[] = [
    { trigger: 'manual', what: 'it saves', save: null, keep: null, steps: SAVED, staysOpen: false },
    { trigger: 'idle', what: 'it saves', save: null, keep: null, steps: SAVED, staysOpen: false },
    { trigger: 'manual', what: 'the title is too long; kept', save: TITLE_TOO_LONG, keep: null, steps: KEPT, staysOpen: false },
    { trigger: 'idle', what: 'the title is too long; kept', save: TITLE_TOO_LONG, keep: null, steps: KEPT, staysOpen: false },
    { trigger: 'manual', what: 'the disk fails the save; kept', save: DISK_FULL, keep: null, steps: KEPT, staysOpen: false },
    { trigger: 'idle', what: 'the disk fails the save; kept', save: DISK_FULL, keep: null, steps: KEPT, staysOpen: false },
    { trigger: 'manual', what: 'neither saved nor kept', save: DISK_FULL, keep: DISK_FULL, steps: ['save', 'keep'], staysOpen: true },
    { trigger: 'idle', what: 'neither saved nor kept', save: DISK_FULL, keep: DISK_FULL, steps: KEPT, staysOpen: false },
  ];

  it.each(table)('$trigger lock when $what: $steps, stays open: $staysOpen', async (row) => {
    const result = await run(row);
    expect(result.steps).toEqual(row.steps);
    expect(result.refusal !== null).toBe(row.staysOpen);
  });

  it('says why it stayed open and what to do, keeping the kind of the failure', async () => {
    const { refusal } = await run({ trigger: 'manual', save: DISK_FULL, keep: DISK_FULL });
    expect(refusal).toEqual({
      kind: 'storage',
      message:
        'Your latest writing could not be saved or kept for later: The disk is full. Copy it somewhere safe, then lock again.',
    });
  });

  it('passes a lock the vault did on its own up as such, so the app can start over', async () => {
    const locked: CommandError = { kind: 'locked', message: 'The journal is locked.' };
    const { refusal } = await run({ trigger: 'manual', save: locked, keep: locked });
    expect(refusal?.kind).toBe('locked');
  });

  it('reloads even when the vault reports trouble while locking, and passes the trouble on', async () => {
    const steps: string[] = [];
    const locking = lockAndReload({
      trigger: 'manual',
      flush: async () => undefined,
      keepDraft: async () => undefined,
      lock: () => Promise.reject(DISK_FULL),
      reload: () => void steps.push('reload'),
    });
    await expect(locking).rejects.toBe(DISK_FULL);
    expect(steps).toEqual(['reload']);
  });
});
