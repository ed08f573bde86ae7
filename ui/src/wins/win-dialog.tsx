// Noting a win, or changing one: a line of text, what it was about, who it came from, its day,
// and whether it belongs to the entry open on Today. Enter saves.
import { useId, useState } from 'preact/hooks';
import * as api from '../api';
import type { Win } from '../bindings/Win';
import type { WinFrom } from '../bindings/WinFrom';
import type { WinKind } from '../bindings/WinKind';
import { dayLabel, localDay } from '../journal/dates';
import { ChoiceGroup } from '../records/choice-group';
import { CheckField, DayField } from '../records/form-fields';
import { FormDialog } from '../records/form-dialog';
import { WIN_FROM, WIN_KINDS, winProblem } from './kinds';
import './wins.css';

/** The entry open on Today, which a new win may belong to. */
export type OpenEntryRef = { id: string; day: string };

export type WinChoices = { kind: WinKind; from: WinFrom };

type Props = {
  /** The win to change, or null for a new one. */
  win: Win | null;
  entry: OpenEntryRef | null;
  /** Whether a new win starts out belonging to `entry`. */
  linkByDefault: boolean;
  /** A new win's kind and who it came from, until changed. */
  choices: WinChoices;
  onSaved: (win: Win) => void;
  onClose: () => void;
};

export function WinDialog({ win, entry, linkByDefault, choices, onSaved, onClose }: Props) {
  const textId = useId();
  const linkable = win?.entry ?? entry?.id ?? null;
  const [text, setText] = useState(win?.text ?? '');
  const [kind, setKind] = useState<WinKind>(win?.kind ?? choices.kind);
  const [from, setFrom] = useState<WinFrom>(win?.from ?? choices.from);
  const [linked, setLinked] = useState(win ? win.entry !== null : linkByDefault && entry !== null);
  const [day, setDay] = useState(win?.day ?? (linked && entry ? entry.day : localDay()));

  const linkLabel =
    !entry || linkable !== entry.id
      ? 'Belongs to its journal entry'
      : entry.day === localDay()
        ? "Belongs to today's entry"
        : `Belongs to the entry of ${dayLabel(entry.day)}`;

  return (
    <FormDialog
      title={win ? 'Change this win' : 'A small win'}
      description={win ? undefined : 'Something that went well, however small. It counts.'}
      testId="win-dialog"
      saveLabel={win ? 'Save' : 'Note it'}
      saveTestId="win-save"
      wide
      onClose={onClose}
      check={() => winProblem({ text, day })}
      save={async () => {
        const saved = await api.saveWin({
          id: win?.id ?? null,
          day,
          text,
          kind,
          from,
          entry: linked ? linkable : null,
        });
        onSaved(saved);
      }}
    >
      <div class="field">
        <label class="field-label" for={textId}>
          What happened?
        </label>
        <input
          id={textId}
          class="input win-text"
          dir="auto"
          autocomplete="off"
          value={text}
          placeholder="They called when the train was late."
          onInput={(event) => setText(event.currentTarget.value)}
          data-autofocus
          data-testid="win-text"
        />
      </div>
      <ChoiceGroup
        legend="What was it about?"
        value={kind}
        onChange={setKind}
        choices={WIN_KINDS.map((k) => ({
          value: k.kind,
          label: (
            <>
              <span class="kind-dot" aria-hidden="true" />
              {k.label}
            </>
          ),
          class: `kind-chip kind-${k.kind}`,
          testId: `win-kind-${k.kind}`,
        }))}
      />
      <div class="win-dialog-row">
        <ChoiceGroup
          legend="From"
          value={from}
          onChange={setFrom}
          choices={WIN_FROM.map((f) => ({ value: f.from, label: f.label, testId: `win-from-${f.from}` }))}
        />
        <DayField label="Day" value={day} onInput={setDay} testId="win-day" />
      </div>
      {linkable !== null && (
        <CheckField label={linkLabel} checked={linked} onChange={setLinked} testId="win-entry" />
      )}
    </FormDialog>
  );
}
