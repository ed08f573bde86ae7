// The page always carries a concrete theme, so the stylesheet needs no media query of its own;
// "system" is resolved here and kept in step with the operating system while it is chosen.
import type { Theme } from '../bindings/Theme';

type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

/** Sets `data-theme` on the root now and, for "system", on every change; returns a stop. */
export function applyTheme(
  theme: Theme,
  root: HTMLElement = document.documentElement,
  media: MediaQueryList = window.matchMedia(DARK_QUERY),
): () => void {
  const apply = () => {
    root.dataset.theme = resolveTheme(theme, media.matches);
  };
  apply();
  if (theme !== 'system') return () => undefined;
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}
