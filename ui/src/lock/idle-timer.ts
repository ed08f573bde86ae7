// Auto-lock: any sign of a person at the keyboard or pointer pushes the deadline back.

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

// Capture, so activity still counts where a handler stops it from bubbling.
const LISTEN = { capture: true, passive: true };

export type IdleTimer = {
  /** Changes the idle time and starts counting it again from now. */
  setMinutes(minutes: number): void;
  stop(): void;
};

/** Calls `onIdle` once after `minutes` without activity on `target`. */
export function startIdleTimer(
  minutes: number,
  onIdle: () => void,
  target: EventTarget = window,
): IdleTimer {
  let delayMs = minutes * 60_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fired = false;

  const restart = () => {
    if (fired) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      fired = true;
      stop();
      onIdle();
    }, delayMs);
  };

  const stop = () => {
    clearTimeout(timer);
    for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, restart, LISTEN);
  };

  for (const name of ACTIVITY_EVENTS) {
    target.addEventListener(name, restart, LISTEN);
  }
  restart();

  return {
    setMinutes(next) {
      delayMs = next * 60_000;
      restart();
    },
    stop,
  };
}
