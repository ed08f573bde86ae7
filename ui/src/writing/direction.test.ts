import { describe, expect, it } from 'vitest';
import { textDirection } from './direction';

describe('textDirection', () => {
  it('follows the first letter, past digits, marks and punctuation', () => {
    expect(textDirection('Hello שלום')).toBe('ltr');
    expect(textDirection('  12. שלום, hello')).toBe('rtl');
    expect(textDirection('«مرحبا»')).toBe('rtl');
    expect(textDirection('😊 — 日本語')).toBe('ltr');
  });

  it('has no opinion without a letter', () => {
    expect(textDirection('')).toBeNull();
    expect(textDirection('123 !?')).toBeNull();
  });
});
