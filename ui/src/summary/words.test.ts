import { describe, expect, it } from 'vitest';
import { agreementWords, fullDate, spanWords, trustSentence } from './words';

describe('summary words', () => {
  it('always give the year, since a summary is read later', () => {
    expect(fullDate('2026-11-03')).toBe('3 November 2026');
    expect(spanWords('2026-11-01', '2026-11-30')).toBe('1 November 2026 to 30 November 2026');
    expect(spanWords('2026-11-01', '2026-11-01')).toBe('1 November 2026');
  });

  it('say trust plainly, with no score', () => {
    expect(trustSentence([])).toBe('No trust check-ins in these days.');
    expect(trustSentence([{ start: '2026-11-02', average: 5, checkIns: 1 }])).toBe('1 check-in over 1 week. The weekly average was 5 out of 10.');
    expect(
      trustSentence([
        { start: '2026-11-02', average: 4.25, checkIns: 4 },
        { start: '2026-11-09', average: 7, checkIns: 3 },
      ]),
    ).toBe('7 check-ins over 2 weeks. Weekly averages were between 4.3 and 7 out of 10.');
  });

  it('say whose an agreement is and how its days went', () => {
    const agreement = { text: 'A call', owner: 'theirs' as const, kept: 6, missed: 1, renegotiated: 1, repairNotes: [] };
    expect(agreementWords(agreement)).toBe('Kept by your partner. Kept 6 days, missed 1, renegotiated once.');
    expect(agreementWords({ ...agreement, owner: 'ours', kept: 1, missed: 0, renegotiated: 0 })).toBe('Kept by both of you. Kept 1 day.');
  });
});
