// Text from the core, already split where the searched words matched; matches are marked.
import type { Span } from '../bindings/Span';

export function Highlighted({ spans }: { spans: readonly Span[] }) {
  return (
    <>
      {spans.map((span, index) =>
        span.matched ? <mark key={index}>{span.text}</mark> : span.text,
      )}
    </>
  );
}

/** Lower case without accents, as the core compares words. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The searched words, folded, for marking the feelings and tags they matched. */
export function searchWords(text: string): string[] {
  return [...fold(text).matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);
}

/** Whether one of the label's words begins with a searched word, as the core matches them. */
export function labelMatches(label: string, words: readonly string[]): boolean {
  return searchWords(label).some((word) => words.some((searched) => word.startsWith(searched)));
}
