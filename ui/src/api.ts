// The one door to the Rust side. Every rejection leaves here as a CommandError, so screens can
// switch on `kind` without guessing what shape a failure took.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import type { AgreementView } from './bindings/AgreementView';
import type { BackupSecret } from './bindings/BackupSecret';
import type { BackupStatus } from './bindings/BackupStatus';
import type { NewKeys } from './bindings/NewKeys';
import type { ChosenBackup } from './bindings/ChosenBackup';
import type { Agreements } from './bindings/Agreements';
import type { Cadence } from './bindings/Cadence';
import type { DamageReport } from './bindings/DamageReport';
import type { CalendarDay } from './bindings/CalendarDay';
import type { CommandError } from './bindings/CommandError';
import type { DayRecords } from './bindings/DayRecords';
import type { Draft } from './bindings/Draft';
import type { Entry } from './bindings/Entry';
import type { EntryDraft } from './bindings/EntryDraft';
import type { EntrySummary } from './bindings/EntrySummary';
import type { ErrorKind } from './bindings/ErrorKind';
import type { ExportFormat } from './bindings/ExportFormat';
import type { ImportFrom } from './bindings/ImportFrom';
import type { ImportResult } from './bindings/ImportResult';
import type { ImportSummary } from './bindings/ImportSummary';
import type { Keeping } from './bindings/Keeping';
import type { Memory } from './bindings/Memory';
import type { Milestone } from './bindings/Milestone';
import type { MilestoneDraft } from './bindings/MilestoneDraft';
import type { PassphraseStrength } from './bindings/PassphraseStrength';
import type { Prompt } from './bindings/Prompt';
import type { Role } from './bindings/Role';
import type { SharingKey } from './bindings/SharingKey';
import type { LetterDraft } from './bindings/LetterDraft';
import type { JournalList } from './bindings/JournalList';
import type { LetterView } from './bindings/LetterView';
import type { Owner } from './bindings/Owner';
import type { Summary } from './bindings/Summary';
import type { SummaryRequest } from './bindings/SummaryRequest';
import type { SentLetter } from './bindings/SentLetter';
import type { Progress } from './bindings/Progress';
import type { RecentEntries } from './bindings/RecentEntries';
import type { SavedRecoveryKey } from './bindings/SavedRecoveryKey';
import type { SearchQuery } from './bindings/SearchQuery';
import type { SearchResults } from './bindings/SearchResults';
import type { Settings } from './bindings/Settings';
import type { Timeline } from './bindings/Timeline';
import type { Trigger } from './bindings/Trigger';
import type { TriggerDraft } from './bindings/TriggerDraft';
import type { TriggerPatterns } from './bindings/TriggerPatterns';
import type { VaultState } from './bindings/VaultState';
import type { Vocabulary } from './bindings/Vocabulary';
import type { Win } from './bindings/Win';
import type { WinDraft } from './bindings/WinDraft';
import type { WinWeek } from './bindings/WinWeek';
import type { Zoom } from './bindings/Zoom';

const ERROR_KINDS: readonly ErrorKind[] = [
  'no_vault',
  'vault_exists',
  'locked',
  'wrong_passphrase',
  'wrong_recovery_key',
  'weak_passphrase',
  'not_found',
  'empty_entry',
  'invalid_input',
  'newer_version',
  'damaged',
  'elsewhere',
  'storage',
  'settings',
];

export function isCommandError(value: unknown): value is CommandError {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, message } = value as Record<string, unknown>;
  return typeof message === 'string' && ERROR_KINDS.includes(kind as ErrorKind);
}

/** Anything else (the bridge failing, a bad argument) is unexpected and reported as storage. */
export function toCommandError(reason: unknown): CommandError {
  if (isCommandError(reason)) return { kind: reason.kind, message: reason.message };
  const detail =
    typeof reason === 'string' ? reason : reason instanceof Error ? reason.message : '';
  return {
    kind: 'storage',
    message: detail ? `Something went wrong: ${detail}` : 'Something went wrong.',
  };
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toCommandError(reason);
  }
}

export const vaultState = () => call<VaultState>('vault_state');

/** Every journal on this computer, and the one chosen. */
export const journals = () => call<JournalList>('journals');

/** Chooses another journal, while none is open; where it stands. */
export const chooseJournal = (id: string) => call<VaultState>('choose_journal', { id });

/** Removes a journal that was added and never set up; where the first journal stands. */
export const removeUnusedJournal = (id: string) => call<VaultState>('remove_unused_journal', { id });

/** Gives a journal a new name. */
export const renameJournal = (id: string, name: string) => call<JournalList>('rename_journal', { id, name });

/** Adds a journal with its own folder and chooses it, ready to be created. */
export const addJournal = (name: string) => call<JournalList>('add_journal', { name });

export const createVault = (passphrase: string) => call<string>('create_vault', { passphrase });

/** How hard a passphrase being chosen would be to guess, for the meter while typing. */
export const passphraseStrength = (passphrase: string) =>
  call<PassphraseStrength>('passphrase_strength', { passphrase });

export const unlock = (passphrase: string) => call<void>('unlock', { passphrase });

export const unlockWithRecoveryKey = (recoveryKey: string) =>
  call<void>('unlock_with_recovery_key', { recoveryKey });

export const changePassphrase = (newPassphrase: string) =>
  call<void>('change_passphrase', { newPassphrase });

/** From Settings: the current passphrase must open the journal first. */
export const replacePassphrase = (current: string, newPassphrase: string) =>
  call<void>('replace_passphrase', { current, newPassphrase });

/** Every key renewed, once the current passphrase has opened the journal. */
export const newKeys = (current: string, newPassphrase: string) =>
  call<NewKeys>('new_keys', { current, newPassphrase });

export const lock = () => call<void>('lock');

/** Whose journal this is. */
export const role = () => call<Role>('role');

export const setRole = (role: Role) => call<void>('set_role', { role });

/** This journal's public sharing key, made the first time it is asked for. */
export const sharingKey = () => call<SharingKey>('sharing_key');

/** The partner's public sharing key, once added. */
export const partnerKey = () => call<SharingKey | null>('partner_key');

/** Adds the partner's key from pasted text. */
export const setPartnerKey = (text: string) => call<SharingKey>('set_partner_key', { text });

/** Asks for the partner's sharing card and adds its key; null when the person cancels. */
export const openPartnerCard = () => call<SharingKey | null>('open_partner_card');

export const forgetPartnerKey = () => call<void>('forget_partner_key');

/** Asks where to save the sharing card; the file's path, or null when the person cancels. */
export const saveSharingCard = () => call<string | null>('save_sharing_card');

/** Every letter, sent and received, oldest first. */
export const letters = () => call<LetterView[]>('letters');

/** Asks where to save it, then seals the letter; null when the person cancels. */
export const sealLetter = (draft: LetterDraft) => call<SentLetter | null>('seal_letter', { draft });

/** Asks for a sealed letter's file and opens it; null when the person cancels. */
export const openLetterFile = () => call<LetterView | null>('open_letter_file');

/** Opens a letter from its pasted text. */
export const openLetterText = (text: string) => call<LetterView>('open_letter_text', { text });

/** The summary for a session: the chosen sections and picked entries of a span of days. */
export const summary = (request: SummaryRequest) => call<Summary>('summary', { request });

/** Asks where, then saves the summary's web page there; the path, or null when cancelled. */
export const saveSummaryHtml = (html: string, from: string, to: string) => call<string | null>('save_summary_html', { html, from, to });

/** Asks where, then prints the window (the summary alone) to a PDF there; the path, or null. */
export const saveSummaryPdf = (from: string, to: string) => call<string | null>('save_summary_pdf', { from, to });

/** Adds the agreement a letter proposes, from `since` on. */
export const acceptProposal = (letter: string, since: string) =>
  call<AgreementView>('accept_proposal', { letter, since });

/** Someone was at the keyboard or pointer at `at`: the idle deadline counts from then. */
export const stillHere = (at: Date) => call<void>('still_here', { at: at.toISOString() });

/** The latest entries, newest day first, with how many there are in all and since when. */
export const recentEntries = (limit: number) => call<RecentEntries>('recent_entries', { limit });

/** The entries about one day, the latest begun first. */
export const entriesOn = (day: string) => call<EntrySummary[]>('entries_on', { day });

/** The entries of a month (1 to 12), newest day first. */
export const entriesInMonth = (year: number, month: number) =>
  call<EntrySummary[]>('entries_in_month', { year, month });

/** The nearest day before (-1) or after (+1) `day` that has entries, if there is one. */
export const writtenDayBeside = (day: string, direction: -1 | 1) =>
  call<string | null>(direction === -1 ? 'written_day_before' : 'written_day_after', { day });

export const getEntry = (id: string) => call<Entry>('get_entry', { id });

export const saveEntry = (draft: EntryDraft) => call<Entry>('save_entry', { draft });

export const deleteEntry = (id: string) => call<void>('delete_entry', { id });

export const todaysPrompt = () => call<Prompt | null>('todays_prompt');

export const anotherPrompt = () => call<Prompt>('another_prompt');

export const dismissPrompt = () => call<void>('dismiss_prompt');

/** Keeps the editor's unsaved state, encrypted, so a crash loses nothing typed. */
export const keepDraft = (draft: EntryDraft) => call<void>('keep_draft', { draft });

export const getDraft = () => call<Draft | null>('get_draft');

export const discardDraft = () => call<void>('discard_draft');

export const search = (query: SearchQuery) => call<SearchResults>('search', { query });

/** The days of a month (1 to 12) that have entries. */
export const calendarMonth = (year: number, month: number) =>
  call<CalendarDay[]>('calendar_month', { year, month });

export const onThisDay = () => call<Memory[]>('on_this_day');

export const vocabulary = () => call<Vocabulary>('vocabulary');

export const getSettings = () => call<Settings>('get_settings');

export const setSettings = (settings: Settings) => call<Settings>('set_settings', { settings });

/**
 * Puts the recovery key on the clipboard through the Rust side, which clears it after the
 * seconds returned, or sooner on lock and on quitting, unless something else was copied since.
 */
export const copyRecoveryKey = (recoveryKey: string) => call<number>('copy_recovery_key', { recoveryKey });

/** Asks where to save the recovery key, in a dialog the Rust side opens; null when cancelled. */
export const saveRecoveryKey = (recoveryKey: string) =>
  call<SavedRecoveryKey | null>('save_recovery_key', { recoveryKey });

// Noticing progress: wins, agreements, triggers and milestones. Days are "YYYY-MM-DD".

export const saveWin = (draft: WinDraft) => call<Win>('save_win', { draft });

export const deleteWin = (id: string) => call<void>('delete_win', { id });

/** Every win by week (Monday to Sunday), the newest week first. */
export const winsByWeek = () => call<WinWeek[]>('wins_by_week');

/** Active agreements first, then retired ones, with keep rates. */
export const agreements = () => call<Agreements>('agreements');

export const addAgreement = (text: string, cadence: Cadence, owner: Owner, since: string) =>
  call<AgreementView>('add_agreement', { text, cadence, owner, since });

/** How an agreement went on `day`; null clears the day's mark. */
export const markAgreement = (id: string, day: string, keeping: Keeping | null) =>
  call<AgreementView>('mark_agreement', { id, day, keeping });

/** What repair could look like after a missed day; an empty note clears it. */
export const noteRepair = (id: string, day: string, note: string) =>
  call<AgreementView>('note_repair', { id, day, note });

/** New terms from `day` on; the earlier terms and every mark stay in the history. */
export const renegotiateAgreement = (id: string, text: string, cadence: Cadence, day: string) =>
  call<AgreementView>('renegotiate_agreement', { id, text, cadence, day });

export const retireAgreement = (id: string, day: string) =>
  call<AgreementView>('retire_agreement', { id, day });

export const deleteAgreement = (id: string) => call<void>('delete_agreement', { id });

export const saveTrigger = (draft: TriggerDraft) => call<Trigger>('save_trigger', { draft });

export const deleteTrigger = (id: string) => call<void>('delete_trigger', { id });

/** Every trigger, newest first. */
export const triggers = () => call<Trigger[]>('triggers');

export const triggerPatterns = () => call<TriggerPatterns>('trigger_patterns');

export const saveMilestone = (draft: MilestoneDraft) => call<Milestone>('save_milestone', { draft });

export const deleteMilestone = (id: string) => call<void>('delete_milestone', { id });

/** Every milestone, newest first. */
export const milestones = () => call<Milestone[]>('milestones');

// The trust-progress timeline. Everything is computed by the core; the window only draws it.

/** The timeline at `zoom`, its last point holding `end` (null for today). */
export const timeline = (zoom: Zoom, end: string | null) => call<Timeline>('timeline', { zoom, end });

/** The first 30 days of the journal against the 30 ending today. */
export const progress = () => call<Progress>('progress');

/** Everything recorded from `start` to `end`, both included (up to 400 days apart). */
export const recordsBetween = (start: string, end: string) =>
  call<DayRecords>('records_between', { start, end });

/** The instant the app's clock is held at (a development build under test), or null. */
export const heldClock = () => call<string | null>('held_clock');

// Bringing a journal in and taking it out. Every file chooser is opened by the Rust side, which
// keeps the chosen path; the page only ever sees names.

/** Asks for a file or folder and previews it; null when the chooser is cancelled. */
export const chooseImport = (from: ImportFrom) => call<ImportSummary | null>('choose_import', { from });

/** Writes the previewed import, all or nothing; `import-progress` events say how far. */
export const importPreviewed = () => call<ImportResult>('import_previewed');

export const cancelImport = () => call<void>('cancel_import');

export const forgetImport = () => call<void>('forget_import');

/** Whether a copy in `format` is encrypted, said before it is written. */
export const exportNotice = (format: ExportFormat) => call<string>('export_notice', { format });

/** Asks where, then writes the copy; the path written, or null when cancelled. */
export const exportJournal = (format: ExportFormat) => call<string | null>('export_journal', { format });

export const backupStatus = () => call<BackupStatus>('backup_status');

/** Asks for a folder and writes the first backup there; null when cancelled. */
export const chooseBackupFolder = () => call<BackupStatus | null>('choose_backup_folder');

export const backUpNow = () => call<BackupStatus>('back_up_now');

export const stopBackups = () => call<BackupStatus>('stop_backups');

/** Asks for a backup file; null when cancelled. */
export const chooseBackupToRestore = () => call<ChosenBackup | null>('choose_backup_to_restore');

/** Restores the chosen backup as this computer's journal and returns its new recovery key. */
export const restoreChosenBackup = (secret: BackupSecret, newPassphrase: string | null) =>
  call<string>('restore_chosen_backup', { secret, newPassphrase });

/** What the journal could not read at unlock, and the backup that may hold it. */
export const journalDamage = () => call<DamageReport>('journal_damage');

/** Brings back what could not be read from the newest backup; how many records came back. */
export const recoverDamaged = () => call<number>('recover_damaged');

/** Goes on without what could not be read, which stays aside in the journal file. */
export const setDamageAside = () => call<void>('set_damage_aside');
