// After the recovery key on the first run: whose journal this is, so it asks the questions
// that fit. Optional, and changeable in Settings.
import { useState } from 'preact/hooks';
import { toCommandError } from '../api';
import type { Role } from '../bindings/Role';
import { Mark } from '../controls/icons';
import { chooseRole } from '../writing/role';
import { RoleChoices } from './role-choices';

type Props = { onDone: () => void };

export function RoleScreen({ onDone }: Props) {
  const [chosen, setChosen] = useState<Role | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (chosen === null) return;
    try {
      await chooseRole(chosen);
      onDone();
    } catch (reason) {
      setProblem(toCommandError(reason).message);
    }
  };

  return (
    <main class="screen-center">
      <form class="panel" onSubmit={submit} data-testid="role-screen">
        <Mark size={72} />
        <h1 class="page-title">Whose journal is this?</h1>
        <p class="lede">
          The partner who was hurt and the partner who broke the trust are asked different
          questions. Only you will see your answer, and you can change it in Settings.
        </p>
        <RoleChoices legend="This journal belongs to" chosen={chosen} onChoose={setChosen} autofocus />
        <p class="form-error" role="alert">
          {problem}
        </p>
        <div class="button-row">
          <button type="submit" class="btn btn-primary" disabled={chosen === null} data-testid="role-continue">
            Continue
          </button>
          <button type="button" class="btn btn-quiet" onClick={onDone} data-testid="role-skip">
            Not now
          </button>
        </div>
      </form>
    </main>
  );
}
