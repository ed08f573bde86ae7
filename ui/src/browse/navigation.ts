// Stepping through the journal a written day at a time (Alt+← and Alt+→), from the day open in
// the editor or chosen in the calendar. Which days have entries is the Rust side's to say.
import { addDays, addMonths, dayOf, type Month } from './calendar-grid';

/**
 * The day a step in the calendar starts from: the chosen day, or, with none chosen, the day
 * just past the month on show (stepping back) or just before it (stepping on), so the step
 * lands on the month's last or first written day, reaching into other months when it has none.
 */
export function calendarStepFrom(month: Month, chosen: string | null, direction: -1 | 1): string {
  if (chosen) return chosen;
  return direction === -1 ? dayOf(addMonths(month, 1), 1) : addDays(dayOf(month, 1), -1);
}
