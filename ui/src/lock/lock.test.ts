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
    hide: () => void steps.push('hide'),
  }).then(
    () => null,
    (reason: CommandError) => reason,
  );
  return { steps, refusal: outcome };
}

describe('lockAndReload', () => {
  const SAVED = ['hide', 'save', 'lock', 'reload'];
  const KEPT = ['hide', 'save', 'keep', 'lock', 'reload'];
  const table: Row[] = [];
  for (const trigger of ['manual', 'idle', 'restore'] as const) {
    table.push(
      { trigger, what: 'it saves', save: null, keep: null, steps: SAVED },
      { trigger, what: 'the title is too long; kept', save: TITLE_TOO_LONG, keep: null, steps: KEPT },
      { trigger, what: 'the disk fails the save; kept', save: DISK_FULL, keep: null, steps: KEPT },
      { trigger, what: 'neither saved nor kept', save: DISK_FULL, keep: DISK_FULL, steps: KEPT },
    );
  }

  it.each(table)('$trigger lock when $what: $steps, and never refuses', async (row) => {
    const result = await run(row);
    expect(result.steps).toEqual(row.steps);
    expect(result.refusal).toBeNull();
  });

  it('locks even when the vault had already locked on its own', async () => {
    const locked: CommandError = { kind: 'locked', message: 'The journal is locked.' };
    const { steps, refusal } = await run({ trigger: 'manual', save: locked, keep: locked });
    expect(steps).toEqual(KEPT);
    expect(refusal).toBeNull();
  });

  it('reloads even when the vault reports trouble while locking, and passes the trouble on', async () => {
    const steps: string[] = [];
    const locking = lockAndReload({
      trigger: 'manual',
      flush: async () => undefined,
      keepDraft: async () => undefined,
      lock: () => Promise.reject(DISK_FULL),
      reload: () => void steps.push('reload'),
      hide: () => void steps.push('hide'),
    });
    await expect(locking).rejects.toBe(DISK_FULL);
    expect(steps).toEqual(['hide', 'reload']);
  });
});
