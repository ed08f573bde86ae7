import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, comboKeys, comboLabel, findShortcut, isTypingTarget, matchesCombo } from './keys';
import { SHORTCUTS, type KeyCombo } from './table';

type Press = Partial<Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'>> & {
  target?: EventTarget | null;
};

function press(init: Press) {
  return {
    key: '',
    code: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    isComposing: false,
    target: document.body,
    ...init,
  };
}

function field(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild!;
}

const ids = (event: ReturnType<typeof press>, mac = false) => findShortcut(SHORTCUTS, event, mac)?.id;

describe('the shortcut table', () => {
  it('gives every row its own id, a label and at least one key', () => {
    const seen = new Set<string>();
    for (const row of SHORTCUTS) {
      expect(seen.has(row.id), row.id).toBe(false);
      seen.add(row.id);
      expect(row.label.length).toBeGreaterThan(0);
      expect(row.keys.length).toBeGreaterThan(0);
    }
  });

  it('never binds one key combination to two rows', () => {
    const spelled = SHORTCUTS.flatMap((row) =>
      row.keys.map((combo: KeyCombo) => comboLabel(combo, false).toLowerCase()),
    );
    expect(new Set(spelled).size).toBe(spelled.length);
  });

  it('binds the keys the help promises', () => {
    expect(ids(press({ key: 'n', ctrlKey: true }))).toBe('new-entry');
    expect(ids(press({ key: 'k', ctrlKey: true }))).toBe('search');
    expect(ids(press({ key: 'f', ctrlKey: true }))).toBe('search');
    expect(ids(press({ key: '/' }))).toBe('search');
    expect(ids(press({ key: 'ArrowLeft', altKey: true }))).toBe('previous-day');
    expect(ids(press({ key: 'ArrowRight', altKey: true }))).toBe('next-day');
    expect(ids(press({ key: 'l', ctrlKey: true }))).toBe('lock');
    expect(ids(press({ key: ',', ctrlKey: true }))).toBe('settings');
    expect(ids(press({ key: 'o', ctrlKey: true }))).toBe('import');
    expect(ids(press({ key: 'L', ctrlKey: true, shiftKey: true }))).toBe('lock');
    expect(ids(press({ key: '1', ctrlKey: true }))).toBe('go-today');
    expect(ids(press({ key: '2', ctrlKey: true }))).toBe('go-journal');
    expect(ids(press({ key: '?', shiftKey: true }))).toBe('help');
  });
});

describe('matching a key press', () => {
  it('takes Shift into account for letters: Ctrl+F and Ctrl+Shift+F differ', () => {
    const ctrlF: KeyCombo = { key: 'f', ctrl: true };
    const ctrlShiftF: KeyCombo = { key: 'f', ctrl: true, shift: true };
    expect(matchesCombo(ctrlF, press({ key: 'f', ctrlKey: true }))).toBe(true);
    expect(matchesCombo(ctrlF, press({ key: 'F', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesCombo(ctrlShiftF, press({ key: 'F', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesCombo(ctrlShiftF, press({ key: 'f', ctrlKey: true }))).toBe(false);
  });

  it('ignores Shift for symbols, which need it on some layouts and not others', () => {
    const help: KeyCombo = { key: '?' };
    expect(matchesCombo(help, press({ key: '?', shiftKey: true }))).toBe(true);
    expect(matchesCombo(help, press({ key: '?' }))).toBe(true);
  });

  it('reads Ctrl as ⌘ too, and a letter in either case', () => {
    const combo: KeyCombo = { key: 'k', ctrl: true };
    expect(matchesCombo(combo, press({ key: 'k', metaKey: true }))).toBe(true);
    expect(matchesCombo(combo, press({ key: 'K', ctrlKey: true }))).toBe(true);
    expect(matchesCombo(combo, press({ key: 'k' }))).toBe(false);
  });

  it('does not take AltGr (Ctrl+Alt) for a Ctrl shortcut', () => {
    expect(matchesCombo({ key: 'l', ctrl: true }, press({ key: 'l', ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('finds digits by their place on layouts that shift them', () => {
    expect(matchesCombo({ key: '1', ctrl: true }, press({ key: '&', code: 'Digit1', ctrlKey: true }))).toBe(true);
  });

  it('lets an input method finish composing first', () => {
    expect(matchesCombo({ key: 'k', ctrl: true }, press({ key: 'k', ctrlKey: true, isComposing: true }))).toBe(false);
  });
});

describe('typing in a text field', () => {
  it('knows text fields from other controls', () => {
    expect(isTypingTarget(field('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(field('<input type="search">'))).toBe(true);
    expect(isTypingTarget(field('<input type="date">'))).toBe(true);
    expect(isTypingTarget(field('<select><option>a</option></select>'))).toBe(true);
    expect(isTypingTarget(field('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(field('<button>Go</button>'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('counts editable text as a text field', () => {
    const editable = field('<div contenteditable="true"><p>text</p></div>');
    expect(isTypingTarget(editable)).toBe(true);
    expect(isTypingTarget(editable.firstElementChild)).toBe(true);
    expect(ids(press({ key: '?', target: editable }))).toBeUndefined();
    expect(isTypingTarget(field('<div contenteditable="false">text</div>'))).toBe(false);
  });

  it('types ? and / instead of running their shortcuts', () => {
    for (const html of ['<textarea></textarea>', '<input type="text">', '<input type="search">']) {
      const target = field(html);
      expect(ids(press({ key: '?', shiftKey: true, target }))).toBeUndefined();
      expect(ids(press({ key: '/', target }))).toBeUndefined();
    }
  });

  it('still runs Ctrl shortcuts', () => {
    const target = field('<textarea></textarea>');
    expect(ids(press({ key: 'k', ctrlKey: true, target }))).toBe('search');
    expect(ids(press({ key: 'n', ctrlKey: true, target }))).toBe('new-entry');
    expect(ids(press({ key: 'l', ctrlKey: true, target }))).toBe('lock');
  });

  it('runs Alt+arrows, except on a Mac where they move by words', () => {
    const target = field('<textarea></textarea>');
    expect(ids(press({ key: 'ArrowLeft', altKey: true, target }), false)).toBe('previous-day');
    expect(ids(press({ key: 'ArrowLeft', altKey: true, target }), true)).toBeUndefined();
    expect(ids(press({ key: 'ArrowLeft', altKey: true }), true)).toBe('previous-day');
  });
});

describe('writing a key combination', () => {
  it('names keys as printed on the keyboard', () => {
    expect(comboKeys({ key: 'k', ctrl: true }, false)).toEqual(['Ctrl', 'K']);
    expect(comboKeys({ key: 'f', ctrl: true, shift: true }, false)).toEqual(['Ctrl', 'Shift', 'F']);
    expect(comboKeys({ key: 'ArrowLeft', alt: true }, false)).toEqual(['Alt', '←']);
    expect(comboKeys({ key: 'k', ctrl: true }, true)).toEqual(['⌘', 'K']);
    expect(comboLabel({ key: ',', ctrl: true }, false)).toBe('Ctrl+,');
    expect(comboLabel({ key: 'k', ctrl: true }, true)).toBe('⌘K');
  });

  it('spells every combination for aria-keyshortcuts', () => {
    expect(ariaKeyShortcuts({ keys: [{ key: 'l', ctrl: true }] })).toBe('Control+L Meta+L');
    expect(ariaKeyShortcuts({ keys: [{ key: 'ArrowLeft', alt: true }] })).toBe('Alt+ArrowLeft');
    expect(ariaKeyShortcuts({ keys: [{ key: '?' }] })).toBe('?');
  });
});
