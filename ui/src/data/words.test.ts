import { describe, expect, it } from 'vitest';
import type { BackupStatus } from '../bindings/BackupStatus';
import type { ImportSummary } from '../bindings/ImportSummary';
import { backupSummary, backupTime, dayRange, droppedLine, importAction, importHeadline, percentDone } from './words';

const summary = (over: Partial<ImportSummary> = {}): ImportSummary => ({
  format: 'day-one',
  name: 'Journal.zip',
  entries: 1234,
  first_day: '2019-03-03',
  last_day: '2026-11-24',
  already_there: 0,
  other_records: 0,
  dropped: [],
  problems: [],
  ...over,
});

const status = (over: Partial<BackupStatus> = {}): BackupStatus => ({
  folder: '/media/usb/kintsugi',
  folderMissing: false,
  lastFile: 'kintsugi-backup-2026-12-01T083000.age',
  lastAt: '2026-12-01T08:30:00',
  overdue: false,
  problem: null,
  ...over,
});

const now = new Date(2026, 11, 1, 21, 0);

describe('the import preview', () => {
  it('says how many entries and over which days', () => {
    expect(importHeadline(summary())).toBe('1,234 entries from 3 March 2019 to 24 November 2026.');
    expect(importHeadline(summary({ entries: 1, last_day: '2019-03-03' }))).toBe('1 entry on 3 March 2019.');
    expect(importAction(summary())).toBe('Import 1,234 entries');
  });

  it('says plainly when nothing is new', () => {
    expect(importHeadline(summary({ entries: 0, first_day: null, last_day: null }))).toMatch(/already in your journal/);
  });

  it('counts Kintsugi records that are not entries', () => {
    expect(importHeadline(summary({ entries: 2, other_records: 5, last_day: '2019-03-04' }))).toBe(
      '2 entries from 3 March 2019 to 4 March 2019, with 5 wins, agreements and other records.',
    );
    expect(importAction(summary({ entries: 0, other_records: 5 }))).toBe('Import 5 records');
  });

  it('names what will not come in, a few at a time', () => {
    expect(droppedLine({ kind: 'photo', count: 5, names: ['a.jpeg', 'b.jpeg', 'c.jpeg', 'd.jpeg', 'e.jpeg'] })).toBe(
      '5 photos will not come in: a.jpeg, b.jpeg, c.jpeg and 2 more. Kintsugi keeps words only.',
    );
    expect(droppedLine({ kind: 'audio recording', count: 1, names: [] })).toBe(
      '1 audio recording will not come in. Kintsugi keeps words only.',
    );
  });

  it('turns progress into a whole percentage, never past 100', () => {
    expect(percentDone(0, 0)).toBe(0);
    expect(percentDone(1, 3)).toBe(33);
    expect(percentDone(5, 3)).toBe(100);
  });

  it('reads a single day range', () => {
    expect(dayRange(null, null)).toBe('');
  });
});

describe('the backup summary', () => {
  it('invites, without nagging, while backups are off', () => {
    const { line, warning } = backupSummary(status({ folder: null, lastAt: null, lastFile: null }), now);
    expect(line).toMatch(/^Backups are off/);
    expect(warning).toBeNull();
  });

  it('says where and when', () => {
    expect(backupTime('2026-12-01T08:30:00', now)).toBe('today at 08:30');
    expect(backupTime('2026-11-30T21:15:09', now)).toBe('yesterday at 21:15');
    expect(backupTime('2026-03-03T21:15:00', now)).toBe('3 March 2026 at 21:15');
    const { line, warning } = backupSummary(status(), now);
    expect(line).toBe('Encrypted backups go to /media/usb/kintsugi. The last backup was written today at 08:30.');
    expect(warning).toBeNull();
  });

  it('says kindly when the folder is missing, a backup failed, or a week has passed', () => {
    expect(backupSummary(status({ folderMissing: true }), now).warning).toMatch(/plug it in/);
    expect(backupSummary(status({ problem: 'The disk is full.' }), now).warning).toBe(
      'The last backup could not be written. The disk is full.',
    );
    expect(backupSummary(status({ overdue: true, lastAt: '2026-11-20T08:00:00' }), now).warning).toMatch(/more than a week/);
    expect(backupSummary(status({ overdue: true, lastAt: null, lastFile: null }), now).warning).toMatch(/No backup has been written yet/);
  });
});
