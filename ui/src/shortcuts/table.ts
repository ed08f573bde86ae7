// Every keyboard shortcut of the journal, in one table: `useShortcuts` binds them from here and
// the help overlay (the ? key) lists them from here, so the two can never disagree.
//
// To add one: append a row below with a new id, then bind it where its action lives with
// `useShortcuts({ 'the-id': () => … })`. Rows without a handler in the open screen do nothing.

/** A key with its modifiers. `ctrl` means Ctrl, or ⌘ on a Mac. */
export type KeyCombo = {
  /** `KeyboardEvent.key`: a letter in lower case, a digit, a symbol, or a name like ArrowLeft. */
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
  /**
   * Whether it still works while the cursor is in a text field. By default only combinations
   * with Ctrl do: a plain key there is typing, never a command. 'except-mac' is for keys that
   * mean nothing in a text field elsewhere but move the cursor by words on a Mac (⌥←, ⌥→).
   */
  whileTyping?: boolean | 'except-mac';
};

export type ShortcutGroup = 'Anywhere' | 'Writing' | 'Looking back';

export type Shortcut = {
  id: string;
  /** What it does, as the help overlay says it. */
  label: string;
  group: ShortcutGroup;
  /** Any of these runs it; the help overlay shows them in this order. */
  keys: readonly KeyCombo[];
  /** Whether it still runs while a dialog is open; by default a dialog has the keyboard. */
  whileDialogOpen?: boolean;
};

export const SHORTCUTS = [
  {
    id: 'new-entry',
    label: 'New entry',
    group: 'Writing',
    keys: [{ key: 'n', ctrl: true }],
  },
  {
    id: 'read-or-write',
    label: 'Switch between writing and reading',
    group: 'Writing',
    keys: [{ key: 'e', ctrl: true }],
  },
  {
    id: 'focus-mode',
    label: 'Focus mode: only the writing',
    group: 'Writing',
    keys: [{ key: 'f', ctrl: true, shift: true }],
  },
  {
    id: 'leave-focus',
    label: 'Leave focus mode',
    group: 'Writing',
    keys: [{ key: 'Escape', whileTyping: true }],
  },
  {
    id: 'go-today',
    label: 'Go to Today',
    group: 'Anywhere',
    keys: [{ key: '1', ctrl: true }],
  },
  {
    id: 'go-journal',
    label: 'Go to Journal',
    group: 'Anywhere',
    keys: [{ key: '2', ctrl: true }],
  },
  {
    id: 'go-timeline',
    label: 'Go to Timeline',
    group: 'Anywhere',
    keys: [{ key: '3', ctrl: true }],
  },
  {
    id: 'go-wins',
    label: 'Go to Wins',
    group: 'Anywhere',
    keys: [{ key: '4', ctrl: true }],
  },
  {
    id: 'go-agreements',
    label: 'Go to Agreements',
    group: 'Anywhere',
    keys: [{ key: '5', ctrl: true }],
  },
  {
    id: 'go-triggers',
    label: 'Go to Triggers',
    group: 'Anywhere',
    keys: [{ key: '6', ctrl: true }],
  },
  {
    id: 'go-milestones',
    label: 'Go to Milestones',
    group: 'Anywhere',
    keys: [{ key: '7', ctrl: true }],
  },
  {
    id: 'go-letters',
    label: 'Go to Letters',
    group: 'Anywhere',
    keys: [{ key: '8', ctrl: true }],
  },
  {
    id: 'quick-win',
    label: 'Note a small win',
    group: 'Anywhere',
    keys: [{ key: 'w', ctrl: true, shift: true }, { key: 'w' }],
  },
  {
    id: 'search',
    label: 'Search the journal',
    group: 'Looking back',
    keys: [{ key: 'k', ctrl: true }, { key: 'f', ctrl: true }, { key: '/' }],
  },
  {
    id: 'previous-day',
    label: 'Previous day with entries',
    group: 'Looking back',
    keys: [{ key: 'ArrowLeft', alt: true, whileTyping: 'except-mac' }],
  },
  {
    id: 'next-day',
    label: 'Next day with entries',
    group: 'Looking back',
    keys: [{ key: 'ArrowRight', alt: true, whileTyping: 'except-mac' }],
  },
  {
    id: 'settings',
    label: 'Settings',
    group: 'Anywhere',
    keys: [{ key: ',', ctrl: true }],
  },
  {
    id: 'import',
    label: 'Bring in a journal from Day One, jrnl or Markdown',
    group: 'Anywhere',
    keys: [{ key: 'o', ctrl: true }],
  },
  {
    id: 'lock',
    label: 'Lock and hide everything at once',
    group: 'Anywhere',
    keys: [
      { key: 'l', ctrl: true },
      { key: 'l', ctrl: true, shift: true },
    ],
    whileDialogOpen: true,
  },
  {
    id: 'help',
    label: 'Show these shortcuts',
    group: 'Anywhere',
    keys: [{ key: '?' }],
  },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Anywhere', 'Writing', 'Looking back'];

/**
 * Keys that particular controls understand while they have focus. They are not bound globally,
 * only listed in the help overlay beside the shortcuts.
 */
export const CONTROL_KEYS: readonly { label: string; keys: readonly KeyCombo[] }[] = [
  { label: 'Move between days in the calendar', keys: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }, { key: 'ArrowUp' }, { key: 'ArrowDown' }] },
  { label: 'Previous or next month in the calendar', keys: [{ key: 'PageUp' }, { key: 'PageDown' }] },
  { label: 'Trust today: choose a level, or clear it', keys: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }, { key: 'Delete' }] },
  { label: 'Tags: finish one, or remove the last', keys: [{ key: 'Enter' }, { key: 'Backspace' }] },
  { label: 'From the search field to the results', keys: [{ key: 'ArrowDown' }] },
  { label: 'Timeline chart: move between points, first or last', keys: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }, { key: 'Home' }, { key: 'End' }] },
  { label: 'Timeline chart: see the days behind a point, close them', keys: [{ key: 'Enter' }, { key: 'Escape' }] },
  { label: 'Clear the search', keys: [{ key: 'Escape' }] },
  { label: 'Close a dialog', keys: [{ key: 'Escape' }] },
];
