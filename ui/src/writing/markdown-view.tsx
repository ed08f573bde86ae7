// The entry as it reads: its Markdown rendered through the sanitizer. The renderer is loaded the
// first time someone reads, and a long text is rendered after the page has said it is coming.
import { useEffect, useState } from 'preact/hooks';

type Renderer = typeof import('./markdown');

let renderer: Renderer | null = null;
const loadRenderer = async () => (renderer ??= await import('./markdown'));

/** Texts up to this long render at once when the renderer is there; longer ones a moment later. */
const INSTANT_CHARS = 50_000;

type Props = { title: string; text: string };

export function MarkdownView({ title, text }: Props) {
  const instant = renderer !== null && text.length <= INSTANT_CHARS;
  const [html, setHtml] = useState<string | null>(() => (instant ? renderer!.renderMarkdown(text) : null));

  useEffect(() => {
    if (instant) {
      setHtml(renderer!.renderMarkdown(text));
      return;
    }
    let live = true;
    setHtml(null);
    // Let "Preparing" paint before the renderer takes the main thread.
    const timer = setTimeout(() => {
      loadRenderer().then(({ renderMarkdown }) => {
        if (live) setHtml(renderMarkdown(text));
      }, () => live && setHtml(''));
    }, 30);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  return (
    <div class="reading" data-testid="markdown-view">
      {title.trim() && (
        <h2 class="reading-title" dir="auto">
          {title}
        </h2>
      )}
      {text.trim() === '' ? (
        <p class="reading-note">Nothing written yet.</p>
      ) : html === null ? (
        <p class="reading-note" aria-live="polite">
          Preparing the page…
        </p>
      ) : (
        <div class="markdown" dir="auto" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
}
