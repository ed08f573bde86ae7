// The page's "now", from the same clock as the Rust side. A release build always follows the
// system clock; a development build may be held at an instant (for the end-to-end tests), which
// the Rust side tells the page at start and whenever it moves. Days change at local midnight
// whether the clock is held or running, and everything that shows "today" follows.
import { listen } from '@tauri-apps/api/event';
import * as api from './api';

/** Milliseconds since the epoch while the clock is held; null while it follows the system. */
let held: number | null = null;
/** Whether the clock is held; a held clock does not move on its own. */
export const isHeld = () => held !== null;
const listeners = new Set<() => void>();

/** Now: the system's time, or the instant the clock is held at. */
export function now(): Date {
  return held === null ? new Date() : new Date(held);
}

/** Follows the instant the app's clock is held at (RFC 3339), or the system with null. */
export function holdClock(instant: string | null): void {
  held = instant === null ? null : Date.parse(instant);
  for (const listener of listeners) listener();
}

/** Called whenever the held clock moves. */
export function onClockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Reads the app's clock once before the first screen, and follows it afterwards. Where the
 * Rust side cannot say (an older shell, a preview), the page follows the system clock.
 */
export async function startClock(): Promise<void> {
  try {
    holdClock(await api.heldClock());
    await listen<string | null>('clock-changed', (event) => holdClock(event.payload));
  } catch {
    holdClock(null);
  }
}

/** Milliseconds from `from` to the next local midnight (at least one, never negative). */
export function untilMidnight(from: Date): number {
  const midnight = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1);
  return Math.max(1, midnight.getTime() - from.getTime());
}
