import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend } from '../records/fake-backend';
import { MilestonesView } from './milestones-view';

afterEach(() => clearMocks());

const fill = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });
const SESSION = { id: 'm1', day: '2026-06-08', created: '', kind: 'couples_session' as const, title: '', note: 'We agreed to **come every week**.' };

describe('the Milestones screen', () => {
  it('shows each milestone by its title or its kind, with its note read as Markdown', async () => {
    fakeBackend({ milestones: [SESSION] });
    render(<MilestonesView onError={vi.fn()} />);
    const item = await screen.findByTestId('milestone-item');
    expect(item.textContent).toContain('Couples session');
    expect(await within(item).findByText('come every week')).toBeTruthy();
  });

  it('asks your own milestone for a title, and refuses a day in 1900, keeping what was typed', async () => {
    const backend = fakeBackend();
    render(<MilestonesView onError={vi.fn()} />);
    fireEvent.click(await screen.findByTestId('milestone-add'));
    fireEvent.change(screen.getByTestId('milestone-kind'), { target: { value: 'custom' } });
    fill('milestone-note', 'The coast.');
    fireEvent.click(screen.getByTestId('milestone-save'));
    expect(screen.getByTestId('milestone-dialog-error').textContent).toBe('Give your own milestone a title.');
    fill('milestone-title', 'First weekend away');
    fill('milestone-day', '1900-05-01');
    fireEvent.click(screen.getByTestId('milestone-save'));
    expect(screen.getByTestId('milestone-dialog-error').textContent).toBe('Choose a day between the years 1920 and 2200.');
    expect((screen.getByTestId('milestone-note') as HTMLTextAreaElement).value).toBe('The coast.');
    expect(backend.called('save_milestone')).toHaveLength(0);
    fill('milestone-day', '2026-11-14');
    fireEvent.click(screen.getByTestId('milestone-save'));
    expect((await screen.findByTestId('milestone-item')).textContent).toContain('First weekend away');
    expect(backend.called('save_milestone')[0]!.args.draft).toEqual({
      id: null,
      day: '2026-11-14',
      kind: 'custom',
      title: 'First weekend away',
      note: 'The coast.',
    });
  });

  it('changes a milestone in place', async () => {
    const backend = fakeBackend({ milestones: [SESSION] });
    render(<MilestonesView onError={vi.fn()} />);
    fireEvent.click(within(await screen.findByTestId('milestone-item')).getByTestId('milestone-edit'));
    expect((screen.getByTestId('milestone-kind') as HTMLSelectElement).value).toBe('couples_session');
    fill('milestone-title', 'First session');
    fireEvent.click(screen.getByTestId('milestone-save'));
    await screen.findByText('First session');
    expect(backend.called('save_milestone')[0]!.args.draft).toMatchObject({ id: 'm1', title: 'First session' });
    expect(screen.getAllByTestId('milestone-item')).toHaveLength(1);
  });

  it('deletes after asking', async () => {
    fakeBackend({ milestones: [SESSION] });
    render(<MilestonesView onError={vi.fn()} />);
    fireEvent.click(within(await screen.findByTestId('milestone-item')).getByTestId('milestone-delete'));
    expect(screen.getByTestId('milestone-delete-dialog').textContent).toContain('Couples session');
    fireEvent.click(screen.getByTestId('milestone-delete-confirm'));
    await screen.findByTestId('milestones-empty');
  });
});
