// The plain text area people write in. It grows with the text, so the page scrolls as one
// document; past a very long text it stops measuring and scrolls inside itself instead, and
// takes a fixed direction, so a pasted book never makes each keystroke wait for the browser.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { moment, painted } from '../perf/marks';
import { textDirection } from './direction';

/** Beyond this many characters the area keeps a fixed height. */
export const LONG_TEXT_CHARS = 100_000;

type Props = {
  value: string;
  onInput: (text: string) => void;
  onBlur: () => void;
  placeholder: string;
  label: string;
  areaRef: RefObject<HTMLTextAreaElement | null>;
};

function fitToText(area: HTMLTextAreaElement) {
  // Shrinking to measure would pull the page up under the reader; hold its scroll position.
  const page = area.closest<HTMLElement>('.writing');
  const scrolled = page?.scrollTop ?? 0;
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight}px`;
  if (page) page.scrollTop = scrolled;
}

export function WritingArea({ value, onInput, onBlur, placeholder, label, areaRef }: Props) {
  const long = value.length > LONG_TEXT_CHARS;

  // The editor on screen is what makes Today usable after an unlock.
  useLayoutEffect(() => painted('unlock-today'), []);

  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    if (long) {
      area.style.height = '';
      return;
    }
    const frame = requestAnimationFrame(() => fitToText(area));
    return () => cancelAnimationFrame(frame);
  }, [value, long]);

  // A wider or narrower column rewraps the text; measure again when the width changes.
  useEffect(() => {
    const area = areaRef.current;
    if (!area || long || typeof ResizeObserver === 'undefined') return;
    let width = area.clientWidth;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (area.clientWidth === width) return;
      width = area.clientWidth;
      // Measured on the next frame: resizing inside the observer's own callback would loop.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fitToText(area));
    });
    observer.observe(area);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [long]);

  return (
    <textarea
      ref={areaRef}
      class={long ? 'writing-area writing-area-long' : 'writing-area'}
      dir={long ? (textDirection(value) ?? 'ltr') : 'auto'}
      value={value}
      onInput={(event) => {
        moment('entry-typed');
        onInput(event.currentTarget.value);
      }}
      onBlur={onBlur}
      placeholder={placeholder}
      aria-label={label}
      spellcheck
      data-testid="editor"
    />
  );
}
