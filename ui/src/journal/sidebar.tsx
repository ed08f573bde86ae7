import type { ComponentChildren } from 'preact';
import { GearIcon, LockIcon, Mark, PlusIcon } from '../controls/icons';

type Props = {
  onNewEntry: () => void;
  onSettings: () => void;
  onLock: () => void;
  /** The list of entries. */
  children: ComponentChildren;
};

export function Sidebar({ onNewEntry, onSettings, onLock, children }: Props) {
  return (
    <aside class="sidebar">
      <div class="brand">
        <Mark size={30} />
        <span class="brand-name">Kintsugi</span>
      </div>
      <button
        type="button"
        class="btn btn-secondary btn-block"
        onClick={onNewEntry}
        data-testid="new-entry"
      >
        <PlusIcon />
        New entry
      </button>
      <nav class="sidebar-entries" aria-label="Entries">
        <h2 class="sidebar-heading">Entries</h2>
        {children}
      </nav>
      <div class="sidebar-foot">
        <button
          type="button"
          class="btn btn-quiet btn-small"
          onClick={onSettings}
          data-testid="settings-button"
        >
          <GearIcon />
          Settings
        </button>
        <button
          type="button"
          class="btn btn-quiet btn-small"
          onClick={onLock}
          title="Lock (Ctrl+L)"
          aria-keyshortcuts="Control+L Meta+L"
          data-testid="lock-button"
        >
          <LockIcon />
          Lock
        </button>
      </div>
    </aside>
  );
}
