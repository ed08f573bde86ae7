// The list of every shortcut, drawn from the same table that binds them.
import { Dialog } from '../controls/dialog';
import { comboKeys } from './keys';
import { CONTROL_KEYS, SHORTCUT_GROUPS, SHORTCUTS, type KeyCombo } from './table';
import './shortcuts.css';

function Keys({ combos }: { combos: readonly KeyCombo[] }) {
  // Single keys read plainly side by side (← → ↑ ↓); combinations need an "or" between them so
  // Ctrl K, Ctrl F is not taken for a sequence.
  const spelled = combos.some((combo) => combo.ctrl || combo.alt || combo.shift);
  return (
    <span class="shortcut-keys">
      {combos.map((combo, index) => (
        <span class="shortcut-combo" key={index}>
          {index > 0 && spelled && <span class="shortcut-or">or</span>}
          {comboKeys(combo).map((key) => (
            <kbd key={key}>{key}</kbd>
          ))}
        </span>
      ))}
    </span>
  );
}

type Row = { label: string; keys: readonly KeyCombo[] };

function Section({ title, rows }: { title: string; rows: readonly Row[] }) {
  if (rows.length === 0) return null;
  return (
    <section class="shortcut-section">
      <h3 class="shortcut-heading">{title}</h3>
      <dl class="shortcut-list">
        {rows.map((row) => (
          <div class="shortcut-row" key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              <Keys combos={row.keys} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

type Props = {
  onClose: () => void;
  /** Opens "Where to find help" in this overlay's place. */
  onSupport: () => void;
};

export function ShortcutsHelp({ onClose, onSupport }: Props) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcuts-help">
      <div class="shortcuts-help">
        {SHORTCUT_GROUPS.map((group) => (
          <Section
            key={group}
            title={group}
            rows={SHORTCUTS.filter((shortcut) => shortcut.group === group)}
          />
        ))}
        <Section title="Moving around" rows={CONTROL_KEYS} />
      </div>
      <div class="dialog-actions">
        <button type="button" class="btn btn-quiet" onClick={onSupport} data-testid="open-support">
          Where to find help
        </button>
        <button type="button" class="btn btn-secondary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
