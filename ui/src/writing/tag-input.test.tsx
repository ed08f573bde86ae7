import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { TagInput } from './tag-input';

function Harness({ start = [] as string[], known = ['therapy', 'trigger', 'walks'] }) {
  const [tags, setTags] = useState(start);
  return (
    <>
      <TagInput tags={tags} known={known} onChange={setTags} />
      <output data-testid="tags">{tags.join('|')}</output>
      <button type="button">elsewhere</button>
    </>
  );
}

const input = () => screen.getByTestId('tag-input') as HTMLInputElement;
const tags = () => screen.getByTestId('tags').textContent;

describe('TagInput', () => {
  it('adds a tag on Enter, without its leading #', () => {
    render(<Harness />);
    fireEvent.input(input(), { target: { value: '#Date night' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(tags()).toBe('Date night');
    expect(input().value).toBe('');
    expect(screen.getByTestId('tag-Date night').textContent).toContain('#Date night');
  });

  it('adds tags at each comma, also when pasted together', () => {
    render(<Harness />);
    fireEvent.input(input(), { target: { value: 'family, walks,therap' } });
    expect(tags()).toBe('family|walks');
    expect(input().value).toBe('therap');
  });

  it('does not add a tag twice, whatever its case', () => {
    render(<Harness start={['Walks']} />);
    fireEvent.input(input(), { target: { value: 'walks,' } });
    expect(tags()).toBe('Walks');
  });

  it('removes the last tag with Backspace in the empty field, and any tag with its ×', () => {
    render(<Harness start={['a', 'b', 'c']} />);
    fireEvent.keyDown(input(), { key: 'Backspace' });
    expect(tags()).toBe('a|b');
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag a' }));
    expect(tags()).toBe('b');
  });

  it('keeps Backspace for the text while there is some', () => {
    render(<Harness start={['a']} />);
    fireEvent.input(input(), { target: { value: 'x' } });
    fireEvent.keyDown(input(), { key: 'Backspace' });
    expect(tags()).toBe('a');
  });

  it('offers tags in use while focused, and adds one when chosen', () => {
    render(<Harness start={['walks']} />);
    expect(screen.queryByTestId('tag-suggestion-therapy')).toBeNull();
    input().focus();
    fireEvent.input(input(), { target: { value: 'th' } });
    expect(screen.queryByTestId('tag-suggestion-trigger')).toBeNull();
    fireEvent.click(screen.getByTestId('tag-suggestion-therapy'));
    expect(tags()).toBe('walks|therapy');
  });

  it('finishes a typed tag when focus leaves the field', async () => {
    render(<Harness />);
    input().focus();
    fireEvent.input(input(), { target: { value: 'unfinished' } });
    screen.getByText('elsewhere').focus();
    await waitFor(() => expect(tags()).toBe('unfinished'));
  });
});
