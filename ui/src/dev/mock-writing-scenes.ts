// Development only: query flags that set up the writing page once the journal is open, so a
// screenshot can show it filled in, read, in focus mode or under a huge paste.
//
//   open=N           open the Nth entry of the sidebar's list (from 1)
//   write=1          fill today's entry: title, Markdown text, feelings, trust, tags, star
//   read=1           show the entry as it reads
//   focus=1          focus mode
//   scroll=check-in  scroll the check-in (feelings, trust, tags) into view
//   longTitle=N      paste a title of N characters
//   paste=MB         paste MB megabytes of text, to feel how the editor copes
//   entryDay=open    open the field that changes the entry's day; entryDay=YYYY-MM-DD types a day
import { element, fill, press, settle } from './mock-page';

const query = new URLSearchParams(location.search);

const SAMPLE_TEXT = `> What is one thing you wanted to say today but held back?

I wanted to tell him that the **small things** are working: the phone on the table, the message when he is late. I held back because saying it felt like *closing the file*.

- He asked before making plans with her brother
- We walked the long way home
- [ ] Tell him on Sunday

Dr. Okafor's [notes on repair](https://example.org/repair) say the same. שלום — a word from Hebrew class, written right to left.`;

async function setScene() {
  const nth = Number(query.get('open') ?? 0);
  if (nth > 0) {
    await element('[data-testid="entry-item"]');
    document.querySelectorAll<HTMLElement>('[data-testid="entry-item"]')[nth - 1]?.click();
    await settle();
  }
  if (query.get('write') === '1') {
    await fill('entry-title', 'The small things are working');
    await fill('editor', SAMPLE_TEXT);
    for (const feeling of ['hopeful', 'connected', 'anxious']) await press(`feeling-${feeling}`);
    await press('trust-6');
    for (const tag of ['communication', 'therapy']) {
      await fill('tag-input', `${tag},`);
    }
    await press('star-toggle');
  }
  const longTitle = Number(query.get('longTitle') ?? 0);
  if (longTitle > 0) await fill('entry-title', 'A title that goes on '.repeat(Math.ceil(longTitle / 21)).slice(0, longTitle));
  const paste = Number(query.get('paste') ?? 0);
  if (paste > 0) {
    const started = performance.now();
    // One paragraph of megabytes: the hardest case for the browser's text layout.
    const paragraph = 'Words and more words, pasted whole. '.repeat(Math.ceil((paste * 1024 * 1024) / 36));
    await fill('editor', paragraph);
    console.info(`paste of ${paste} MB handled in ${Math.round(performance.now() - started)} ms`);
  }
  const entryDay = query.get('entryDay');
  if (entryDay) {
    await press('entry-day-change');
    if (entryDay !== 'open') await fill('entry-day', entryDay);
  }
  if (query.get('read') === '1') await press('preview-toggle');
  if (query.get('focus') === '1') await press('focus-toggle');
  if (query.get('scroll') === 'check-in') {
    (document.activeElement as HTMLElement | null)?.blur();
    const page = await element('.writing');
    page.scrollTop = page.scrollHeight;
  }
}

if (query.get('state') === 'unlocked') {
  setScene().catch((reason: unknown) => console.warn('mock writing scene:', reason));
}
