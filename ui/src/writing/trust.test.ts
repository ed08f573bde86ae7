import { describe, expect, it } from 'vitest';
import { trustAfterKey, trustLabel } from './trust';

describe('trustAfterKey', () => {
  it('moves with the arrows and stops at the ends', () => {
    expect(trustAfterKey(5, 'ArrowRight')).toBe(6);
    expect(trustAfterKey(5, 'ArrowUp')).toBe(6);
    expect(trustAfterKey(5, 'ArrowLeft')).toBe(4);
    expect(trustAfterKey(5, 'ArrowDown')).toBe(4);
    expect(trustAfterKey(10, 'ArrowRight')).toBe(10);
    expect(trustAfterKey(1, 'ArrowLeft')).toBe(1);
  });

  it('starts at 1 when nothing was chosen', () => {
    expect(trustAfterKey(null, 'ArrowRight')).toBe(1);
    expect(trustAfterKey(null, 'ArrowLeft')).toBe(1);
  });

  it('jumps with Home and End, chooses with number keys (0 is 10), clears with Delete', () => {
    expect(trustAfterKey(5, 'Home')).toBe(1);
    expect(trustAfterKey(5, 'End')).toBe(10);
    expect(trustAfterKey(null, '7')).toBe(7);
    expect(trustAfterKey(3, '0')).toBe(10);
    expect(trustAfterKey(5, 'Delete')).toBeNull();
    expect(trustAfterKey(5, 'Backspace')).toBeNull();
  });

  it('leaves every other key alone', () => {
    expect(trustAfterKey(5, 'Tab')).toBeUndefined();
    expect(trustAfterKey(5, 'a')).toBeUndefined();
    expect(trustAfterKey(5, 'Enter')).toBeUndefined();
  });
});

describe('trustLabel', () => {
  it('reads as a person would say it', () => {
    expect(trustLabel(6)).toBe('6 / 10');
    expect(trustLabel(null)).toBe('not rated');
  });
});
