import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { DamageReport } from '../bindings/DamageReport';
import { DamageBanner } from './damage-banner';

function backend(report: DamageReport, answers: Record<string, () => unknown> = {}) {
  const called: string[] = [];
  mockIPC((command) => {
    called.push(command);
    if (command === 'journal_damage') return report;
    return answers[command]?.();
  });
  return called;
}

const TWO_PROBLEMS = [
  'Part of this journal is damaged and could not be read (bucket 3 holds what belongs in bucket 9: parts of the file were moved or swapped).',
  'Part of this journal is damaged and could not be read (bucket 9 holds what belongs in bucket 3: parts of the file were moved or swapped).',
];

describe('DamageBanner', () => {
  it('says nothing when the journal is whole', async () => {
    const called = backend({ problems: [], backup: null });
    const { container } = render(<DamageBanner onChanged={() => undefined} />);
    await waitFor(() => expect(called).toContain('journal_damage'));
    expect(container.textContent).toBe('');
  });

  it('names the damage calmly, offers the backup, and brings it back only when asked', async () => {
    const called = backend(
      { problems: TWO_PROBLEMS, backup: { file: 'kintsugi-backup-2026-11-30T203000.age', written: '2026-11-30T20:30:00' } },
      { recover_damaged: () => 12 },
    );
    const onChanged = vi.fn();
    render(<DamageBanner onChanged={onChanged} />);
    const banner = await screen.findByTestId('damage-banner');
    expect(banner.textContent).toContain('2 parts of your journal could not be read');
    expect(banner.textContent).toContain('Everything else is here and safe');
    expect(banner.textContent).toContain('no new backup is written');
    expect(banner.textContent).toContain('moved or swapped');
    expect(called).not.toContain('recover_damaged');

    fireEvent.click(screen.getByTestId('damage-recover'));
    await waitFor(() => expect(screen.getByTestId('damage-banner').textContent).toContain('Brought back 12 records'));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(called).not.toContain('set_damage_aside');
    fireEvent.click(screen.getByTestId('damage-close'));
    expect(screen.queryByTestId('damage-banner')).toBeNull();
  });

  it('without a backup, offers only to go on, and keeps the banner with the reason when that fails', async () => {
    let fail = true;
    backend(
      { problems: TWO_PROBLEMS.slice(0, 1), backup: null },
      {
        set_damage_aside: () => {
          if (fail) throw { kind: 'storage', message: 'The journal file could not be read or written: disk I/O error.' };
          return undefined;
        },
      },
    );
    const onChanged = vi.fn();
    render(<DamageBanner onChanged={onChanged} />);
    const banner = await screen.findByTestId('damage-banner');
    expect(banner.textContent).toContain('One part of your journal could not be read');
    expect(banner.textContent).toContain('restore it whole from Settings');
    expect(screen.queryByTestId('damage-recover')).toBeNull();

    fireEvent.click(screen.getByTestId('damage-set-aside'));
    expect((await screen.findByRole('alert')).textContent).toContain('disk I/O error');
    expect(onChanged).not.toHaveBeenCalled();
    fail = false;
    fireEvent.click(screen.getByTestId('damage-set-aside'));
    await waitFor(() => expect(screen.getByTestId('damage-banner').textContent).toContain('carries on without what could not be read'));
    expect(onChanged).toHaveBeenCalledTimes(1);
  });
});
