// Today's day, kept current: at local midnight, when the app's clock is moved, and when the
// window comes back after the computer slept (timers do not run while it sleeps).
import { useEffect, useState } from 'preact/hooks';
import { isHeld, now, onClockChange, untilMidnight } from '../clock';
import { localDay } from './dates';

export function useToday(): string {
  const [today, setToday] = useState(() => localDay());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      setToday(localDay());
      if (!isHeld()) timer = setTimeout(check, untilMidnight(now()));
    };
    check();
    const stop = onClockChange(check);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(timer);
      stop();
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}
