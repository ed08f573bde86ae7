// What the import, export and backup screens say, from what the Rust side reports. Kept apart
// from the screens so every sentence can be checked on its own.
import type { BackupStatus } from '../bindings/BackupStatus';
import type { Choice } from '../controls/choice-list';
import type { Dropped } from '../bindings/Dropped';
import type { ExportFormat } from '../bindings/ExportFormat';
import type { ImportFormat } from '../bindings/ImportFormat';
import type { ImportSummary } from '../bindings/ImportSummary';
import { localDay, parseDay } from '../journal/dates';

const LOCALE = 'en-GB';
const FULL_DAY = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'day-one': 'Day One',
  'jrnl-json': 'jrnl (JSON export)',
  'jrnl-text': 'jrnl',
  markdown: 'Markdown notes',
  kintsugi: 'Kintsugi',
};

export const EXPORT_CHOICES: readonly Choice<ExportFormat>[] = [
  {
    value: 'encrypted',
    label: 'Encrypted copy',
    detail: 'One file that only your passphrase or recovery key opens. Best for keeping.',
  },
  {
    value: 'kintsugi-json',
    label: 'Kintsugi JSON',
    detail: 'Everything, in a file Kintsugi brings back whole on any computer.',
  },
  {
    value: 'markdown-folder',
    label: 'Markdown folder',
    detail: 'One file per entry, readable in any text editor or notes app.',
  },
];

export function count(value: number, one: string, many: string): string {
  return `${value.toLocaleString(LOCALE)} ${value === 1 ? one : many}`;
}

/** "3 March 2019" */
export function fullDay(day: string): string {
  return FULL_DAY.format(parseDay(day));
}

/** "from 3 March 2019 to 24 November 2026", or "on 3 March 2019" for a single day. */
export function dayRange(first: string | null, last: string | null): string {
  if (!first || !last) return '';
  return first === last ? `on ${fullDay(first)}` : `from ${fullDay(first)} to ${fullDay(last)}`;
}

/** The preview's first line: what will come in. */
export function importHeadline(summary: ImportSummary): string {
  if (summary.entries === 0) {
    return summary.other_records > 0
      ? `${count(summary.other_records, 'record', 'records')} to add, and no new entries.`
      : 'Nothing new to bring in: everything in it is already in your journal.';
  }
  const others =
    summary.other_records > 0
      ? `, with ${count(summary.other_records, 'win, agreement or other record', 'wins, agreements and other records')}`
      : '';
  return `${count(summary.entries, 'entry', 'entries')} ${dayRange(summary.first_day, summary.last_day)}${others}.`;
}

/** What the import button says. */
export function importAction(summary: ImportSummary): string {
  const total = summary.entries + summary.other_records;
  if (summary.entries === 0) return `Import ${count(total, 'record', 'records')}`;
  return `Import ${count(summary.entries, 'entry', 'entries')}`;
}

const SHOWN_NAMES = 3;

/** "12 photos will not come in: a.jpeg, b.jpeg, c.jpeg and 9 more." */
export function droppedLine({ kind, count: howMany, names }: Dropped): string {
  const things = howMany === 1 ? kind : `${kind}s`;
  const shown = names.slice(0, SHOWN_NAMES);
  const more = howMany - shown.length;
  const list = shown.length ? `: ${shown.join(', ')}${more > 0 ? ` and ${more.toLocaleString(LOCALE)} more` : ''}` : '';
  return `${howMany.toLocaleString(LOCALE)} ${things} will not come in${list}. Kintsugi keeps words only.`;
}

/** "40%" of the way through writing an import. */
export function percentDone(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((done / total) * 100));
}

/** When the last backup was written, in words: "today at 21:30", "yesterday at 08:05", "3 March 2026 at 21:30". */
export function backupTime(lastAt: string, now: Date): string {
  const [day = '', time = ''] = lastAt.split('T');
  const clockTime = time.slice(0, 5);
  const today = localDay(now);
  const yesterday = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
  const when = day === today ? 'today' : day === yesterday ? 'yesterday' : fullDay(day);
  return `${when} at ${clockTime}`;
}

/** What Settings says about backups, most pressing first; gentle, never alarming. */
export function backupSummary(status: BackupStatus, now: Date): { line: string; warning: string | null } {
  if (!status.folder) {
    return {
      line: 'Backups are off. Choose a folder, such as a USB stick or a folder your sync tool keeps, and Kintsugi will write an encrypted backup there each day and whenever you lock.',
      warning: null,
    };
  }
  const last = status.lastAt ? `The last backup was written ${backupTime(status.lastAt, now)}.` : 'No backup has been written there yet.';
  let warning: string | null = null;
  if (status.folderMissing) {
    warning = `The backup folder is not there right now. If it is on a drive, plug it in and backups will carry on.`;
  } else if (status.problem) {
    warning = `The last backup could not be written. ${status.problem}`;
  } else if (status.overdue) {
    warning = status.lastAt
      ? 'It has been more than a week since the last backup. Backing up now takes a moment.'
      : 'No backup has been written yet. Backing up now takes a moment.';
  }
  return { line: `Encrypted backups go to ${status.folder}. ${last}`, warning };
}

/** The damage banner's words, from how many problems there are and the backup on offer. */
export function damageWords(
  problems: number,
  backupWritten: string | null,
  now: Date,
): { heading: string; body: string; offer: string } {
  return {
    heading: problems === 1 ? 'One part of your journal could not be read' : `${count(problems, 'part', 'parts')} of your journal could not be read`,
    body:
      `${problems === 1 ? 'It was' : 'They were'} changed or damaged outside Kintsugi, so what ${problems === 1 ? 'it holds is' : 'they hold is'} not shown. ` +
      'Everything else is here and safe, and what could not be read is kept aside in the journal file, untouched. ' +
      'Until you choose, no new backup is written, so the backups you have still hold it.',
    offer: backupWritten
      ? `Your backup from ${backupTime(backupWritten, now)} should still hold it.`
      : 'There is no backup folder to bring it back from. If you keep a backup elsewhere, you can restore it whole from Settings.',
  };
}

/** What the banner says once the damaged parts are dealt with. */
export function damageOutcome(recovered: number | null): string {
  if (recovered === null) return 'Done. Your journal carries on without what could not be read, and backups have resumed.';
  return recovered === 0
    ? 'Done. The backup held nothing for those parts, so they start empty; backups have resumed.'
    : `Brought back ${count(recovered, 'record', 'records')} from the backup. Your journal is whole again, and backups have resumed.`;
}
