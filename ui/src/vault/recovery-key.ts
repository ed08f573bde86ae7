// A recovery key is read off paper or a screen by a person, so it is shown in short groups and
// checked loosely (any case, any spacing) while the exact key is what gets copied and saved.

export const KEY_PREFIX = 'AGE-SECRET-KEY-1';

/** Characters per group after the prefix; short enough to hold in mind while typing. */
const GROUP_SIZE = 4;

/** The confirmation asks for two whole groups, so the person can find them on their copy. */
const CHECK_GROUPS = 2;

/** The prefix as its own group, then the rest of the key in groups of GROUP_SIZE. */
export function groupKey(key: string): string[] {
  const hasPrefix = key.startsWith(KEY_PREFIX);
  const body = hasPrefix ? key.slice(KEY_PREFIX.length) : key;
  const groups: string[] = hasPrefix ? [KEY_PREFIX] : [];
  for (let i = 0; i < body.length; i += GROUP_SIZE) groups.push(body.slice(i, i + GROUP_SIZE));
  return groups;
}

/** 1-based, inclusive character positions within the whole key. */
export type CheckWindow = { start: number; end: number };

/**
 * Picks a window of CHECK_GROUPS whole groups after the prefix, never running past the key.
 * `random` returns a number in [0, 1), like Math.random.
 */
export function chooseCheckWindow(key: string, random: () => number = Math.random): CheckWindow {
  const length = CHECK_GROUPS * GROUP_SIZE;
  const bodyLength = key.length - KEY_PREFIX.length;
  const choices = Math.floor((bodyLength - length) / GROUP_SIZE) + 1;
  if (choices < 1) throw new Error('recovery key too short to check');
  const group = Math.min(choices - 1, Math.floor(random() * choices));
  const start = KEY_PREFIX.length + group * GROUP_SIZE + 1;
  return { start, end: start + length - 1 };
}

/** Uppercase with every space removed: how a typed or pasted key is compared and sent. */
export function normaliseKeyInput(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

export function checkAnswer(key: string, window: CheckWindow, answer: string): boolean {
  const expected = key.slice(window.start - 1, window.end).toUpperCase();
  return normaliseKeyInput(answer) === expected;
}

/** Which groups (by index in groupKey's result) a window covers, to point at them on screen. */
export function groupsInWindow(key: string, window: CheckWindow): number[] {
  const indexes: number[] = [];
  let position = 1;
  groupKey(key).forEach((group, index) => {
    const last = position + group.length - 1;
    if (last >= window.start && position <= window.end) indexes.push(index);
    position = last + 1;
  });
  return indexes;
}
