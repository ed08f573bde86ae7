// Development only: query flags that set a scene once the journal is open, so a screenshot can
// show the Journal, a search or the shortcuts without anyone pressing a key.
//
//   view=journal         open the Journal
//   month=YYYY-MM        the month the calendar shows
//   day=YYYY-MM-DD       choose a day in the calendar
//   search=TEXT          type TEXT into the search field
//   filters=1            open the filters; with tag=, feeling=, starred=1 set them
//   help=1               open the keyboard shortcuts
import { localDay } from '../journal/dates';
import { byTestId, fill } from './mock-page';

const query = new URLSearchParams(location.search);

async function choose(id: string, value: string) {
  const select = await byTestId<HTMLSelectElement>(id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function setScene() {
  if (query.get('view') === 'journal' || query.has('search') || query.has('filters') || query.has('day')) {
    (await byTestId('nav-journal')).click();
  }
  const month = query.get('month');
  if (month) {
    // The calendar opens on today's month.
    const [year = 0, number = 0] = month.split('-').map(Number);
    const [thisYear = 0, thisMonth = 0] = localDay().split('-').map(Number);
    const diff = (year - thisYear) * 12 + number - thisMonth;
    const button = await byTestId(diff < 0 ? 'calendar-prev' : 'calendar-next');
    for (let step = 0; step < Math.abs(diff); step += 1) {
      button.click();
      // Each click turns the month the last render showed.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const day = query.get('day');
  if (day) (await byTestId(`calendar-day-${day}`)).click();
  if (query.get('filters') === '1') {
    (await byTestId('filters-toggle')).click();
    if (query.has('tag')) await choose('filter-tag', query.get('tag')!);
    if (query.has('feeling')) await choose('filter-feeling', query.get('feeling')!);
    if (query.get('starred') === '1') (await byTestId('filter-starred')).click();
  }
  const search = query.get('search');
  if (search) await fill('search-input', search);
  if (query.get('help') === '1') {
    await byTestId('nav-today');
    // After the editor has taken focus, as ? in a text field is typing.
    await new Promise((resolve) => setTimeout(resolve, 100));
    (document.activeElement as HTMLElement | null)?.blur();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', shiftKey: true, bubbles: true }));
  }
}

if (query.get('state') === 'unlocked') {
  setScene().catch((reason: unknown) => console.warn('mock scene:', reason));
}
