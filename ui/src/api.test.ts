import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { isCommandError, saveEntry, toCommandError, unlock } from './api';

afterEach(() => clearMocks());

describe('toCommandError', () => {
  it('keeps a command error as it is', () => {
    expect(toCommandError({ kind: 'wrong_passphrase', message: 'That passphrase is not right.' }))
      .toEqual({ kind: 'wrong_passphrase', message: 'That passphrase is not right.' });
  });

  it('drops fields the UI does not know', () => {
    expect(toCommandError({ kind: 'locked', message: 'Locked.', extra: 1 })).toEqual({
      kind: 'locked',
      message: 'Locked.',
    });
  });

  it('turns a plain string from the bridge into a storage error that keeps the detail', () => {
    const error = toCommandError('invalid args `draft` for command `save_entry`');
    expect(error.kind).toBe('storage');
    expect(error.message).toContain('invalid args');
  });

  it('handles an Error and anything else', () => {
    expect(toCommandError(new Error('boom')).message).toContain('boom');
    expect(toCommandError(undefined)).toEqual({ kind: 'storage', message: 'Something went wrong.' });
  });

  it('does not trust an unknown kind', () => {
    expect(isCommandError({ kind: 'nope', message: 'x' })).toBe(false);
    expect(isCommandError({ kind: 'locked' })).toBe(false);
  });
});

describe('commands', () => {
  it('send camelCase arguments', async () => {
    const seen: unknown[] = [];
    mockIPC((cmd, args) => {
      seen.push([cmd, args]);
      return { id: 'e1', day: '2025-11-26', created: '', updated: '', text: 'hi' };
    });
    const draft = { id: null, day: '2025-11-26', title: '', text: 'hi', feelings: [], trust: null, tags: [], starred: false };
    await saveEntry(draft);
    expect(seen).toEqual([['save_entry', { draft }]]);
  });

  it('reject with a normalised command error', async () => {
    mockIPC(() => Promise.reject({ kind: 'wrong_passphrase', message: 'Not that one.' }));
    await expect(unlock('x')).rejects.toEqual({ kind: 'wrong_passphrase', message: 'Not that one.' });
  });
});
