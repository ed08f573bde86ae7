import { describe, expect, it } from 'vitest';
import { MILESTONE_KINDS, milestoneName, milestoneProblem } from './milestone-kinds';

const draft = { day: '2026-11-26', kind: 'couples_session' as const, title: '', note: '' };

describe('milestones', () => {
  it('offer the seven kinds, the person’s own last', () => {
    expect(MILESTONE_KINDS.map((k) => k.label)).toEqual([
      'Couples session',
      'Individual session',
      'Group session',
      'The apology',
      'The disclosure',
      'Anniversary',
      'Your own',
    ]);
  });

  it('are called by their title, or by their kind', () => {
    expect(milestoneName({ kind: 'apology', title: '' })).toBe('The apology');
    expect(milestoneName({ kind: 'apology', title: 'A real apology' })).toBe('A real apology');
  });

  it('need a title only when they are the person’s own', () => {
    expect(milestoneProblem(draft)).toBeNull();
    expect(milestoneProblem({ ...draft, kind: 'custom', title: '   ' })).toBe('Give your own milestone a title.');
    expect(milestoneProblem({ ...draft, kind: 'custom', title: 'First weekend away' })).toBeNull();
  });

  it('keep to the years and the lengths', () => {
    expect(milestoneProblem({ ...draft, day: '1900-01-01' })).toBe('Choose a day between the years 1920 and 2200.');
    expect(milestoneProblem({ ...draft, title: 'x'.repeat(201) })).toBe("The milestone's title can be up to 200 characters; this one has 201.");
    expect(milestoneProblem({ ...draft, note: 'x'.repeat(20_001) })).toBe("The milestone's note can be up to 20000 characters; this one has 20001.");
  });
});
