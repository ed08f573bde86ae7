import { describe, expect, it } from 'vitest';
import { applyTheme, resolveTheme } from './theme';

class FakeMedia extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  flip() {
    this.matches = !this.matches;
    this.dispatchEvent(new Event('change'));
  }
}

const asMedia = (media: FakeMedia) => media as unknown as MediaQueryList;

describe('resolveTheme', () => {
  it('keeps an explicit choice whatever the system says', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the system for "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });
});

describe('applyTheme', () => {
  it('marks the root element', () => {
    const root = document.createElement('html');
    applyTheme('dark', root, asMedia(new FakeMedia(false)));
    expect(root.dataset.theme).toBe('dark');
  });

  it('follows a live system change only while "system" is chosen', () => {
    const root = document.createElement('html');
    const media = new FakeMedia(false);
    const stop = applyTheme('system', root, asMedia(media));
    expect(root.dataset.theme).toBe('light');
    media.flip();
    expect(root.dataset.theme).toBe('dark');
    stop();
    media.flip();
    expect(root.dataset.theme).toBe('dark');
  });

  it('ignores the system for an explicit choice', () => {
    const root = document.createElement('html');
    const media = new FakeMedia(false);
    applyTheme('light', root, asMedia(media));
    media.flip();
    expect(root.dataset.theme).toBe('light');
  });
});
