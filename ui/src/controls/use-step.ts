// A step a screen runs against the Rust side: busy while it runs, and its refusal kept in the
// backend's words until the next step.
import { useState } from 'preact/hooks';
import { toCommandError } from '../api';

export function useStep() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (reason) {
      setError(toCommandError(reason).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
