// Development only: query flags that open the progress screens and their dialogs once the
// journal is open, for screenshots.
//
//   view=wins|agreements|triggers|milestones   open that place
//   quickWin=1        open the quick-win dialog (on Today unless view= says otherwise);
//                     winText=TEXT types TEXT into it
//   add=1             open the place's form for a new record
//   retired=1         on Agreements, unfold the retired ones and the earlier wording
//   scroll=records    on Today, scroll the agreements and wins into view
import { byTestId, element, fill, settle } from './mock-page';

const query = new URLSearchParams(location.search);
const PLACES = ['wins', 'agreements', 'triggers', 'milestones'];
const ADD: Record<string, string> = {
  wins: 'wins-add',
  agreements: 'agreement-add',
  triggers: 'trigger-add',
  milestones: 'milestone-add',
};

async function setScene() {
  const view = query.get('view') ?? '';
  if (PLACES.includes(view)) {
    (await byTestId(`nav-${view}`)).click();
    await byTestId(`${view}-view`);
    await settle();
    if (query.get('add') === '1') (await byTestId(ADD[view]!)).click();
  }
  if (view === 'agreements' && query.get('retired') === '1') {
    await element('[data-testid="agreements-retired"]');
    document.querySelectorAll('details').forEach((details) => (details.open = true));
  }
  if (query.get('scroll') === 'records') {
    await byTestId('today-records');
    await settle();
    (document.activeElement as HTMLElement | null)?.blur();
    (await byTestId('today-records')).scrollIntoView({ block: 'start' });
  }
  if (query.get('quickWin') === '1') {
    await byTestId('nav-today');
    await new Promise((resolve) => setTimeout(resolve, 300));
    (document.activeElement as HTMLElement | null)?.blur();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'w', bubbles: true }));
    const text = query.get('winText');
    if (text) await fill('win-text', text);
  }
}

if (query.get('state') === 'unlocked') {
  setScene().catch((reason: unknown) => console.warn('mock progress scene:', reason));
}
