// Which shortcut a key press means, and how to write a key combination for people and for
// assistive technology.
import type { KeyCombo, Shortcut } from './table';

export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || '');

type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target' | 'isComposing'
>;

const TEXT_INPUT_TYPES = new Set([
  'text', 'search', 'email', 'password', 'tel', 'url', 'number', 'date', 'month', 'week', 'time',
  'datetime-local',
]);

/** Whether keys pressed in `target` are typing: text fields, text areas, lists, editable text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

const isLetter = (key: string) => /^\p{L}$/u.test(key);

function keyMatches(combo: KeyCombo, event: KeyPress): boolean {
  if (event.key.toLowerCase() === combo.key.toLowerCase()) return true;
  // Where a layout puts digits on the shifted row (AZERTY), the key reports the unshifted sign.
  return /^\d$/.test(combo.key) && event.code === `Digit${combo.key}`;
}

/** Whether `event` is `combo`, taking the text field the key went to into account. */
export function matchesCombo(combo: KeyCombo, event: KeyPress, mac = IS_MAC): boolean {
  if (event.isComposing) return false;
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl !== Boolean(combo.ctrl) || event.altKey !== Boolean(combo.alt)) return false;
  // A symbol such as ? needs Shift on one layout and not on another; letters and named keys
  // say exactly whether Shift belongs.
  const shiftCounts = isLetter(combo.key) || combo.key.length > 1;
  if (shiftCounts && event.shiftKey !== Boolean(combo.shift)) return false;
  if (!keyMatches(combo, event)) return false;
  if (!isTypingTarget(event.target)) return true;
  const whileTyping = combo.whileTyping ?? Boolean(combo.ctrl);
  return whileTyping === 'except-mac' ? !mac : whileTyping;
}

/** The first of `shortcuts` that `event` runs, if any. */
export function findShortcut<S extends Shortcut>(
  shortcuts: readonly S[],
  event: KeyPress,
  mac = IS_MAC,
): S | undefined {
  return shortcuts.find((shortcut) => shortcut.keys.some((combo) => matchesCombo(combo, event, mac)));
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
  ' ': 'Space',
};

function keyName(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The keys to press, one per element, as shown on a keyboard: ["Ctrl", "Shift", "F"]. */
export function comboKeys(combo: KeyCombo, mac = IS_MAC): string[] {
  const keys: string[] = [];
  if (combo.ctrl) keys.push(mac ? '⌘' : 'Ctrl');
  if (combo.alt) keys.push(mac ? '⌥' : 'Alt');
  if (combo.shift) keys.push(mac ? '⇧' : 'Shift');
  keys.push(keyName(combo.key));
  return keys;
}

/** "Ctrl+K", for tooltips. */
export function comboLabel(combo: KeyCombo, mac = IS_MAC): string {
  return comboKeys(combo, mac).join(mac ? '' : '+');
}

function ariaKeyName(key: string): string {
  if (key === ' ') return 'Space';
  return key.length === 1 ? key.toUpperCase() : key;
}

/** The aria-keyshortcuts value: every combination, with Ctrl also as Meta for the Mac. */
export function ariaKeyShortcuts(shortcut: Pick<Shortcut, 'keys'>): string {
  const spelled = shortcut.keys.flatMap((combo) => {
    const rest = [combo.alt && 'Alt', combo.shift && 'Shift', ariaKeyName(combo.key)]
      .filter(Boolean)
      .join('+');
    return combo.ctrl ? [`Control+${rest}`, `Meta+${rest}`] : [rest];
  });
  return spelled.join(' ');
}
