// Runs a task at once, then at most once per interval while calls keep coming, and always once
// more after the last call: the trailing run is what makes the latest state land.

export type Throttle = {
  call(): void;
  /** Runs a waiting call now instead of at the end of the interval. */
  flush(): void;
  /** Forgets a waiting call. */
  cancel(): void;
};

export function createThrottle(run: () => void, intervalMs: number): Throttle {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;

  const rest = () => {
    timer = setTimeout(() => {
      timer = undefined;
      if (waiting) fire();
    }, intervalMs);
  };

  const fire = () => {
    waiting = false;
    run();
    rest();
  };

  return {
    call() {
      if (timer === undefined) fire();
      else waiting = true;
    },
    flush() {
      if (!waiting) return;
      clearTimeout(timer);
      fire();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      waiting = false;
    },
  };
}
