// What a progress screen shows, fetched when it opens and again when asked to (after a change
// made here, or elsewhere as `revision` says).
import { useEffect, useRef, useState } from 'preact/hooks';

export type Loaded<T> = {
  /** Null until the first answer. */
  data: T | null;
  failed: boolean;
  reload: () => void;
  /** Takes an answer a change already returned, without asking again. */
  set: (data: T) => void;
};

export function useLoaded<T>(
  load: () => Promise<T>,
  onError: (reason: unknown) => void,
  revision?: unknown,
): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [asked, setAsked] = useState(0);
  const fail = useRef(onError);
  fail.current = onError;

  useEffect(() => {
    let live = true;
    load().then(
      (answer) => {
        if (!live) return;
        setData(answer ?? null);
        setFailed(false);
      },
      (reason) => {
        if (!live) return;
        setFailed(true);
        fail.current(reason);
      },
    );
    return () => {
      live = false;
    };
  }, [asked, revision]);

  return { data, failed, reload: () => setAsked((n) => n + 1), set: setData };
}
