import { describe, expect, it } from 'vitest';
import { summariseAgreements } from './drilldown-groups';

describe('summariseAgreements', () => {
  it('gathers each agreement’s marks into one line, the missed days oldest first', () => {
    const summaries = summariseAgreements([
      { agreement: 'a', text: 'Phones face up', day: '2025-11-09', keeping: 'kept' },
      { agreement: 'b', text: 'Call when late', day: '2025-11-08', keeping: 'renegotiated' },
      { agreement: 'a', text: 'Phones face up', day: '2025-11-07', keeping: 'missed' },
      { agreement: 'a', text: 'Phones face up', day: '2025-11-04', keeping: 'missed' },
    ]);
    expect(summaries).toEqual([
      { agreement: 'a', text: 'Phones face up', kept: 1, missed: 2, renegotiated: 0, missedDays: ['2025-11-04', '2025-11-07'] },
      { agreement: 'b', text: 'Call when late', kept: 0, missed: 0, renegotiated: 1, missedDays: [] },
    ]);
  });
});
