// Tells the Rust side that someone is at the keyboard or pointer, which keeps the idle deadline
// there from passing. Reports are spaced out: a moving pointer would otherwise send hundreds.
// Each says when, by the app's clock, the latest activity was: a report sent at the end of a
// burst must not count a move of the clock that came after it (a suspend, or a test) as a
// person being here.
import * as clock from '../clock';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

// Capture, so activity still counts where a handler stops it from bubbling.
const LISTEN = { capture: true, passive: true };

/** At most one report in this many milliseconds; the last activity is always reported. */
export const REPORT_EVERY_MS = 10_000;

/**
 * Calls `report` with the time of the latest activity on `target`: on the first, then at most
 * every `REPORT_EVERY_MS`, with one report after a burst so its end counts. Returns a function
 * that stops listening.
 */
export function reportActivity(report: (at: Date) => void, target: EventTarget = window): () => void {
  let lastReport = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let latest = clock.now();

  const send = () => {
    trailing = undefined;
    lastReport = Date.now();
    report(latest);
  };

  const onActivity = () => {
    latest = clock.now();
    const wait = lastReport + REPORT_EVERY_MS - Date.now();
    if (wait <= 0) send();
    else trailing ??= setTimeout(send, wait);
  };

  for (const name of ACTIVITY_EVENTS) target.addEventListener(name, onActivity, LISTEN);
  return () => {
    clearTimeout(trailing);
    for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, onActivity, LISTEN);
  };
}
