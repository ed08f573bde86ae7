// Trust today is a rating from 1 to 10 or none at all. The scale behaves like a radio group:
// arrows move the choice, Home and End jump to the ends, Delete or Backspace clears it.

export const TRUST_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The rating after a key press, or undefined when the key is not the scale's. */
export function trustAfterKey(current: number | null, key: string): number | null | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current === null ? 1 : Math.min(10, current + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === null ? 1 : Math.max(1, current - 1);
    case 'Home':
      return 1;
    case 'End':
      return 10;
    case 'Delete':
    case 'Backspace':
      return null;
    default:
      // Number keys choose directly; 0 stands for 10, as on a phone's keypad row.
      return /^[0-9]$/.test(key) ? Number(key) || 10 : undefined;
  }
}

/** The rating beside the check-in's question. */
export function trustLabel(trust: number | null): string {
  return trust === null ? 'not rated' : `${trust} / 10`;
}
