import { describe, expect, it } from 'vitest';
import { parseAutoLockMinutes } from './settings-dialog';

describe('parseAutoLockMinutes', () => {
  it('takes whole minutes from 1 to 120', () => {
    expect(parseAutoLockMinutes('1')).toBe(1);
    expect(parseAutoLockMinutes(' 120 ')).toBe(120);
  });

  it('refuses anything else', () => {
    for (const text of ['', '0', '121', '2.5', '-3', 'five', '1e2']) {
      expect(parseAutoLockMinutes(text)).toBeNull();
    }
  });
});
