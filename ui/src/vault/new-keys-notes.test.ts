import { describe, expect, it } from 'vitest';
import { newKeysNotes } from './new-keys-notes';

const NOW = new Date('2026-12-06T10:00:00');

describe('what is said after every key was renewed', () => {
  it('says nothing more when there was no sharing key and no backup', () => {
    expect(newKeysNotes({ recoveryKey: 'AGE-SECRET-KEY-1X', sharingKeyRenewed: false, earlierBackups: null }, NOW)).toEqual([]);
  });

  it('asks for the new sharing card to go to the partner', () => {
    const [note] = newKeysNotes({ recoveryKey: 'AGE-SECRET-KEY-1X', sharingKeyRenewed: true, earlierBackups: null }, NOW);
    expect(note).toContain('new sharing card');
  });

  it('names the folder, how many backups and the newest, in one or many', () => {
    const many = newKeysNotes(
      { recoveryKey: 'AGE-SECRET-KEY-1X', sharingKeyRenewed: false, earlierBackups: { folder: '/media/stick', count: 5, newest: '2026-12-05T21:30:00' } },
      NOW,
    );
    expect(many).toEqual([expect.stringContaining('The 5 backups in /media/stick (the newest from 5 December) still open with your old passphrase')]);
    const one = newKeysNotes(
      { recoveryKey: 'AGE-SECRET-KEY-1X', sharingKeyRenewed: false, earlierBackups: { folder: '/media/stick', count: 1, newest: '2025-03-01T08:00:00' } },
      NOW,
    );
    expect(one[0]).toContain('The backup in /media/stick (from 1 March 2025) still opens');
  });
});
