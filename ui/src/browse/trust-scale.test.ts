import { describe, expect, it } from 'vitest';
import css from './trust-scale.css?raw';
import { describeDay, trustLevel } from './trust-scale';

describe('the trust level of a day', () => {
  it('is a whole number from 1 to 10, or none', () => {
    expect(trustLevel(7)).toBe(7);
    expect(trustLevel(6.5)).toBe(7);
    expect(trustLevel(0)).toBe(1);
    expect(trustLevel(14)).toBe(10);
    expect(trustLevel(null)).toBeNull();
    expect(trustLevel(undefined)).toBeNull();
    expect(trustLevel(Number.NaN)).toBeNull();
  });

  it('is said in words', () => {
    expect(describeDay({ entries: 3, trust: 7, starred: false })).toBe('3 entries, trust 7/10');
    expect(describeDay({ entries: 1, trust: null, starred: true })).toBe('1 entry, trust not rated, starred');
  });
});

// The colours, read from the style sheet the calendar uses.
type Rgb = [number, number, number];

function scale(theme: 'light' | 'dark'): Rgb[] {
  const block = theme === 'light' ? css.split(":root[data-theme='dark']")[0]! : css.split(":root[data-theme='dark']")[1]!;
  return Array.from({ length: 10 }, (_, i) => {
    const hex = new RegExp(`--trust-${i + 1}: #([0-9a-f]{6});`).exec(block)?.[1];
    if (!hex) throw new Error(`--trust-${i + 1} is missing in the ${theme} theme`);
    return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as Rgb;
  });
}

const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};
/** How far from grey: gold has much, the muted low end little. */
const chroma = ([r, g, b]: Rgb) => Math.max(r, g, b) - Math.min(r, g, b);

const INK: Record<'light' | 'dark', { low: Rgb; high: Rgb }> = {
  light: { low: [0x2b, 0x25, 0x20], high: [0x2b, 0x25, 0x20] },
  dark: { low: [0xed, 0xe6, 0xdc], high: [0x1c, 0x1a, 0x18] },
};

describe('the trust colour scale', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`grows steadily from muted to gold in the ${theme} theme`, () => {
      const colours = scale(theme);
      for (let i = 1; i < colours.length; i += 1) {
        expect(chroma(colours[i]!), `level ${i + 1}`).toBeGreaterThan(chroma(colours[i - 1]!));
      }
      const [r, g, b] = colours[9]!;
      expect(r > g && g > b, 'the top is gold').toBe(true);
    });

    it(`keeps day numbers legible on every level in the ${theme} theme`, () => {
      scale(theme).forEach((colour, i) => {
        const ink = i < 5 ? INK[theme].low : INK[theme].high;
        expect(contrast(colour, ink), `level ${i + 1}`).toBeGreaterThanOrEqual(4.5);
      });
    });
  }

  it('gives each level the ink its number is drawn in', () => {
    for (let level = 1; level <= 10; level += 1) {
      expect(css).toMatch(new RegExp(`\\[data-trust='${level}'\\] \\{\\s*--trust-fill: var\\(--trust-${level}\\);`));
    }
  });
});
