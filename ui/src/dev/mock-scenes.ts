// Development only: query flags that set a scene once the journal is open, so a screenshot can
// show the Journal, a search or the shortcuts without anyone pressing a key.
//
//   view=journal         open the Journal
//   month=YYYY-MM        the month the calendar shows
//   day=YYYY-MM-DD       choose a day in the calendar
//   search=TEXT          type TEXT into the search field
//   filters=1            open the filters; with tag=, feeling=, starred=1, from=, to= set them
//   help=1               open the keyboard shortcuts
// A module, so that its helpers stay its own.
export {};

const query = new URLSearchParams(location.search);

function element<T extends Element>(selector: string, timeoutMs = 4000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      const found = document.querySelector<T>(selector);
      if (found) resolve(found);
      else if (Date.now() - started > timeoutMs) reject(new Error(`No ${selector}`));
      else setTimeout(look, 30);
    };
    look();
  });
}

const byTestId = <T extends Element = HTMLElement>(id: string) => element<T>(`[data-testid="${id}"]`);

async function type(id: string, value: string) {
  const input = await byTestId<HTMLInputElement>(id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

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
    // The calendar opens on this month.
    const [year = 0, number = 0] = month.split('-').map(Number);
    const now = new Date();
    const diff = (year - now.getFullYear()) * 12 + number - 1 - now.getMonth();
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
    if (query.has('from')) await type('filter-from', query.get('from')!);
    if (query.has('to')) await type('filter-to', query.get('to')!);
  }
  const search = query.get('search');
  if (search) await type('search-input', search);
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
