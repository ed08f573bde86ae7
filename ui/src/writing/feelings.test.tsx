import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { Feelings } from './feelings';
import { STANDARD_FEELINGS } from './hooks';

function Harness({ start = [] as string[], offered = STANDARD_FEELINGS }) {
  const [feelings, setFeelings] = useState(start);
  return (
    <>
      <Feelings chosen={feelings} offered={offered} onChange={setFeelings} />
      <output data-testid="feelings">{feelings.join('|')}</output>
    </>
  );
}

const chosen = () => screen.getByTestId('feelings').textContent;

describe('Feelings', () => {
  it('offers the standard words first, in order, then the person’s own', () => {
    render(<Harness offered={[...STANDARD_FEELINGS, 'seen']} />);
    const words = screen.getAllByRole('button').map((b) => b.textContent);
    expect(words.slice(0, STANDARD_FEELINGS.length)).toEqual(STANDARD_FEELINGS);
    expect(words[STANDARD_FEELINGS.length]).toBe('seen');
  });

  it('checks in several feelings at once, in the order chosen, and unchecks them', () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId('feeling-hopeful'));
    fireEvent.click(screen.getByTestId('feeling-anxious'));
    expect(chosen()).toBe('hopeful|anxious');
    expect(screen.getByTestId('feeling-hopeful').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('feeling-hopeful'));
    expect(chosen()).toBe('anxious');
  });

  it('adds a word of the person’s own, in lower case, and shows it checked', () => {
    render(<Harness />);
    const input = screen.getByTestId('feeling-custom-input');
    fireEvent.input(input, { target: { value: '  Seen at Last ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen()).toBe('seen at last');
    expect(screen.getByTestId('feeling-seen at last').getAttribute('aria-pressed')).toBe('true');
    expect((input as HTMLInputElement).value).toBe('');
  });
});
